package org.pyadoption.explorer.ui.compare;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.util.StringConverter;
import org.pyadoption.explorer.ui.chart.ChartCanvas;
import org.pyadoption.explorer.ui.chart.ChartDataBuilder;
import org.pyadoption.explorer.ui.chart.ChartExport;
import org.pyadoption.explorer.ui.chart.ChartExporter;
import org.pyadoption.explorer.ui.chart.ChartKind;
import org.pyadoption.explorer.ui.chart.ExportOptionsDialog;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.util.ArrayList;
import java.util.List;

/**
 * The comparison: compared companies as chips, the use-case profile chart and the side-by-side table of key facts.
 * Companies come in through "Add selected" or a drop from the catalog; everything shown is rebuilt from the view
 * model's {@link Comparison} whenever the set changes.
 */
public final class CompareView {

    /** Copied pictures are twice the size on screen, sharp enough for slides. */
    static final double COPY_SCALE = 2;
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final CompareViewModel viewModel;
    private final List<CompanyChip> chips = new ArrayList<>();
    private KeyFactsTable tableView;
    private ChartExport lastExport = new ChartExport(ChartExport.Format.PNG, 2, ChartExport.Background.THEME);
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
    private ChartCanvas chart;
    @FXML
    private ComboBox<ChartKind> kindBox;
    @FXML
    private ComboBox<String> metricBox;
    @FXML
    private CheckBox colourBlindBox;
    @FXML
    private Button exportButton;
    @FXML
    private Button copyButton;
    @FXML
    private TableView<KeyFactRow> table;

    public CompareView(AppContext context) {
        this.viewModel = new CompareViewModel(context.state(), context.dialogs(), context.executor());
    }

    @FXML
    private void initialize() {
        tableView = new KeyFactsTable(table);
        setUpChartBar();
        addButton.disableProperty().bind(Bindings.not(viewModel.canAddSelectedProperty()));
        clearButton.disableProperty().bind(viewModel.emptyProperty());
        emptyLabel.visibleProperty().bind(viewModel.emptyProperty());
        table.visibleProperty().bind(viewModel.emptyProperty().not());
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
        chart.footnoteProperty().set(comparison.footnote());
        chart.dataProperty().set(comparison.chart());
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

    private void setUpChartBar() {
        kindBox.getItems().setAll(ChartKind.values());
        kindBox.valueProperty().bindBidirectional(viewModel.chartKindProperty());
        metricBox.setItems(viewModel.metrics());
        metricBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(String metric) {
                return metric == null ? "" : ChartDataBuilder.metricLabel(metric);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        metricBox.valueProperty().bindBidirectional(viewModel.metricProperty());
        metricBox.visibleProperty().bind(viewModel.chartKindProperty().isEqualTo(ChartKind.FIGURES));
        metricBox.managedProperty().bind(metricBox.visibleProperty());
        colourBlindBox.selectedProperty().bindBidirectional(viewModel.colourBlindSafeProperty());
        chart.colourBlindSafeProperty().bind(viewModel.colourBlindSafeProperty());
        chart.setOnDragOver(root.getOnDragOver());
    }

    /** File &gt; Export chart, and the Export button: asks how and where, then writes it in the background. */
    @FXML
    public void exportChart() {
        if (!viewModel.canExport()) {
            viewModel.chooseExportFile(lastExport.format());
            return;
        }
        new ExportOptionsDialog(root.getScene().getWindow(), lastExport, chart.getWidth(), chart.getHeight()).ask()
                .ifPresent(this::exportChart);
    }

    /** Exports with the given choices: asks where, renders here, writes in the background. */
    public void exportChart(ChartExport export) {
        lastExport = export;
        viewModel.chooseExportFile(export.format()).ifPresent(file -> {
            ChartExporter.Exported exported = render(export);
            viewModel.export(file, exported::writeTo);
        });
    }

    /** The Copy button: the chart as an image on the clipboard. */
    @FXML
    public void copyChart() {
        if (!viewModel.canExport()) {
            viewModel.chooseExportFile(ChartExport.Format.PNG);
            return;
        }
        var png = (ChartExporter.Png) render(new ChartExport(ChartExport.Format.PNG, COPY_SCALE,
                ChartExport.Background.THEME));
        ClipboardContent content = new ClipboardContent();
        content.putImage(SwingFXUtils.toFXImage(png.image(), null));
        Clipboard.getSystemClipboard().setContent(content);
        viewModel.copied();
    }

    private ChartExporter.Exported render(ChartExport export) {
        Comparison c = viewModel.getComparison();
        return new ChartExporter(chart.measurer()).export(c.chart(), c.footnote(), export,
                viewModel.state().themeProperty().get(), viewModel.colourBlindSafeProperty().get(),
                Math.max(chart.getWidth(), 480), Math.max(chart.getHeight(), 300));
    }

    public CompareViewModel viewModel() {
        return viewModel;
    }

    ChartCanvas chart() {
        return chart;
    }

    ComboBox<ChartKind> kindBox() {
        return kindBox;
    }

    TableView<KeyFactRow> table() {
        return table;
    }

    List<CompanyChip> chips() {
        return List.copyOf(chips);
    }
}
