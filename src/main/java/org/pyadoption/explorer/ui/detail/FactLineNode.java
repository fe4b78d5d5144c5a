package org.pyadoption.explorer.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.List;

/** Renders one {@link FactLine}: text with its date, markers and badge, then attribution, reason and note. */
final class FactLineNode {

    private final Markers markers;

    FactLineNode(Markers markers) {
        this.markers = markers;
    }

    /** The fact as a block that wraps to the pane's width. */
    VBox render(FactLine f, String styleClass) {
        VBox box = new VBox(2);
        box.getStyleClass().addAll("detail-fact", styleClass);
        box.getChildren().add(flow(f, text(f.text(), "detail-fact-text")));
        if (f.attribution() != null) {
            box.getChildren().add(small(f.attribution(), "detail-attribution"));
        }
        reasonAndNote(box.getChildren(), f);
        return box;
    }

    /** The fact's text followed by its date, evidence kind, markers and badge, wrapping as one paragraph. */
    TextFlow flow(FactLine f, Node... lead) {
        TextFlow flow = new TextFlow(lead);
        flow.getStyleClass().add("detail-flow");
        if (f.asOfLabel() != null) {
            flow.getChildren().addAll(space(), tag(f.asOfLabel(), "detail-as-of"));
        }
        if (f.evidenceLabel() != null) {
            flow.getChildren().addAll(space(), tag(f.evidenceLabel(), "detail-evidence"));
        }
        appendMarkers(flow.getChildren(), f.markers());
        if (!f.status().isSourced()) {
            flow.getChildren().addAll(space(), Markers.badge(f.status(), f.statusReason()));
        }
        return flow;
    }

    void appendMarkers(List<Node> target, List<SourceMarker> list) {
        for (SourceMarker m : list) {
            target.add(markers.marker(m));
        }
    }

    /** The reason a fact is not sourced (always visible, not only on hover) and the researcher's note. */
    static void reasonAndNote(List<Node> target, FactLine f) {
        if (!f.status().isSourced() && f.statusReason() != null) {
            target.add(small(f.statusReason(), "detail-reason"));
        }
        if (f.note() != null) {
            target.add(small(f.note(), "detail-note"));
        }
    }

    static Text text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }

    static Text space() {
        return new Text(" ");
    }

    static Label tag(String s, String styleClass) {
        Label l = new Label(s);
        l.getStyleClass().addAll("detail-tag", styleClass);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    static Label small(String s, String styleClass) {
        Label l = new Label(s);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinHeight(Label.USE_PREF_SIZE);
        return l;
    }
}
