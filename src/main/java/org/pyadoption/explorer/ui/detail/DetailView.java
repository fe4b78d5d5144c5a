package org.pyadoption.explorer.ui.detail;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.common.Messages;

/** The selected company's profile: every fact with its source markers, and the sources at the end. */
public final class DetailView {

    private final DetailViewModel viewModel;

    @FXML
    private VBox emptyState;
    @FXML
    private ScrollPane scroll;
    @FXML
    private VBox content;

    public DetailView(AppContext context) {
        this.viewModel = new DetailViewModel(context.state(), context.dialogs());
    }

    @FXML
    private void initialize() {
        emptyState.visibleProperty().bind(viewModel.emptyProperty());
        emptyState.managedProperty().bind(viewModel.emptyProperty());
        scroll.visibleProperty().bind(viewModel.emptyProperty().not());
        scroll.managedProperty().bind(viewModel.emptyProperty().not());
        viewModel.profileProperty().addListener((obs, old, now) -> render(now));
        render(viewModel.getProfile());
    }

    private void render(CompanyProfile p) {
        content.getChildren().clear();
        if (p == null) {
            return;
        }
        FactLineNode facts = new FactLineNode(new Markers(viewModel::open));
        content.getChildren().add(new HeaderNode(facts).render(p));
        for (ProfileSection s : p.sections()) {
            VBox lines = new VBox(8);
            lines.getStyleClass().add("detail-lines");
            String style = "quotes".equals(s.id()) ? "detail-quote" : "detail-item";
            for (FactLine f : s.lines()) {
                lines.getChildren().add(facts.render(f, style));
            }
            content.getChildren().add(section(s.id(), s.title(), lines));
        }
        if (!p.sources().isEmpty()) {
            content.getChildren().add(section("sources", Messages.get("detail.section.sources"),
                    new SourcesNode(viewModel::openLink).render(p.sources())));
        }
        scroll.setVvalue(0);
    }

    private static Node section(String id, String title, Node body) {
        Label heading = new Label(title);
        heading.getStyleClass().add("detail-section-title");
        heading.setMaxWidth(Double.MAX_VALUE);
        VBox section = new VBox(8, heading, body);
        section.getStyleClass().add("detail-section");
        section.setId("section-" + id);
        return section;
    }

    public DetailViewModel viewModel() {
        return viewModel;
    }
}
