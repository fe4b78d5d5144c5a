package org.pyadoption.explorer.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Background;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.common.PngExporter;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison: compared companies as chips, the use-case profile chart and the side-by-side table of key facts.
 * Companies come in through "Add selected" or a drop from the catalog; everything shown is rebuilt from the view
 * model's {@link Comparison} whenever the set changes.
 */
public final class CompareView {

    /** Exported pictures are twice the size on screen, sharp enough for slides and print. */
    static final double EXPORT_SCALE = 2;
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final CompareViewModel viewModel;
    private final List<CompanyChip> chips = new ArrayList<>();
    private UseCaseChart chartView;
    private KeyFactsTable tableView;
    /** The chip index to focus after the next rebuild, when a chip removed itself from the keyboard; else -1. */
    private int refocusChip = -1;

    @FXML
    private VBox root;
    @FXML
    private Label countLabel;
    @FXML
    private Button addButton;
    @FXML
    private Button clearButton;
    @FXML
    private FlowPane chipPane;
    @FXML
    private Label emptyLabel;
    @FXML
    private SplitPane contentSplit;
    @FXML
    private StackedBarChart<Number, String> chart;
    @FXML
    private TableView<KeyFactRow> table;

    public CompareView(AppContext context) {
        this.viewModel = new CompareViewModel(context.state(), context.dialogs(), context.executor());
    }

    @FXML
    private void initialize() {
        chartView = new UseCaseChart(chart);
        tableView = new KeyFactsTable(table);
        addButton.disableProperty().bind(Bindings.not(viewModel.canAddSelectedProperty()));
        clearButton.disableProperty().bind(viewModel.emptyProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyProperty());
        emptyLabel.managedProperty().bind(viewModel.emptyProperty());
        contentSplit.visibleProperty().bind(viewModel.emptyProperty().not());
        contentSplit.managedProperty().bind(viewModel.emptyProperty().not());
        chipPane.visibleProperty().bind(viewModel.emptyProperty().not());
        chipPane.managedProperty().bind(viewModel.emptyProperty().not());
        setUpDrop();
        viewModel.comparisonProperty().addListener((obs, old, now) -> show(now));
        show(viewModel.getComparison());
    }

    /** The whole pane takes companies dragged from the catalog, and lights up while one is over it. */
    private void setUpDrop() {
        root.setOnDragOver(e -> {
            if (carriesCompany(e)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragEntered(e -> root.pseudoClassStateChanged(DROP_TARGET, carriesCompany(e)));
        root.setOnDragExited(e -> root.pseudoClassStateChanged(DROP_TARGET, false));
        root.setOnDragDropped(e -> {
            Dragboard db = e.getDragboard();
            e.setDropCompleted(db.hasString() && viewModel.addDropped(db.getString()));
            root.pseudoClassStateChanged(DROP_TARGET, false);
            e.consume();
        });
    }

    private boolean carriesCompany(DragEvent e) {
        return e.getDragboard().hasString() && viewModel.accepts(e.getDragboard().getString());
    }

    private void show(Comparison comparison) {
        countLabel.setText(comparison.isEmpty() ? ""
                : Messages.get("compare.count", comparison.companies().size(), ExplorerState.MAX_COMPARED));
        showChips(comparison);
        chartView.show(comparison.profile());
        tableView.show(comparison);
    }

    private void showChips(Comparison comparison) {
        chips.clear();
        for (ComparedCompany c : comparison.companies()) {
            chips.add(new CompanyChip(c, this::remove));
        }
        chipPane.getChildren().setAll(chips);
        if (refocusChip >= 0) {
            Node next = chips.isEmpty() ? addButton : chips.get(Math.min(refocusChip, chips.size() - 1));
            refocusChip = -1;
            next.requestFocus();
        }
    }

    private void remove(CompanyChip chip) {
        if (chip.isFocused()) {
            refocusChip = chips.indexOf(chip);
        }
        viewModel.remove(chip.company().company());
    }

    @FXML
    private void addSelected() {
        viewModel.addSelected();
    }

    @FXML
    private void clear() {
        viewModel.clear();
    }

    /** File &gt; Export chart as PNG: asks where, takes the picture here, writes it in the background. */
    public void exportChartAsPng() {
        viewModel.chooseExportFile().ifPresent(file -> {
            chart.applyCss();
            chart.layout();
            WritableImage image = PngExporter.snapshot(chart, EXPORT_SCALE, background());
            viewModel.export(file, f -> PngExporter.write(image, f));
        });
    }

    /** The chart's own background, which the theme sets; white if it has none. */
    private Paint background() {
        Background b = chart.getBackground();
        if (b != null && !b.getFills().isEmpty()) {
            return b.getFills().get(0).getFill();
        }
        return Color.WHITE;
    }

    public CompareViewModel viewModel() {
        return viewModel;
    }

    StackedBarChart<Number, String> chart() {
        return chart;
    }

    TableView<KeyFactRow> table() {
        return table;
    }

    List<CompanyChip> chips() {
        return List.copyOf(chips);
    }
}
