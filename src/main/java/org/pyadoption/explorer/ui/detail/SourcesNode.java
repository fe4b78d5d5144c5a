package org.pyadoption.explorer.ui.detail;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pyadoption.explorer.data.WebAddress;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The numbered list of sources that closes the profile. */
final class SourcesNode {

    private final Consumer<String> openLink;

    SourcesNode(Consumer<String> openLink) {
        this.openLink = openLink;
    }

    VBox render(List<SourceEntry> sources) {
        VBox list = new VBox(8);
        list.getStyleClass().add("detail-sources");
        for (SourceEntry s : sources) {
            list.getChildren().add(entry(s));
        }
        return list;
    }

    private Node entry(SourceEntry s) {
        Label number = new Label("[" + s.number() + "]");
        number.getStyleClass().add("detail-source-number");
        number.setMinWidth(Label.USE_PREF_SIZE);
        VBox body = new VBox(1);
        body.getChildren().add(s.url() == null ? FactLineNode.small(s.title(), "detail-source-title")
                : titleLink(s.title(), s.url()));
        body.getChildren().add(FactLineNode.small(meta(s), "detail-source-meta"));
        for (String mirror : s.readAt()) {
            Label label = FactLineNode.small(Messages.get("detail.source.readAt", ""), "detail-source-meta");
            label.setMinWidth(Label.USE_PREF_SIZE);
            Node where = WebAddress.isHttp(mirror) ? mirrorLink(mirror)
                    : FactLineNode.small(mirror, "detail-source-meta");
            HBox row = new HBox(0, label, where);
            row.getStyleClass().add("detail-source-read-at");
            HBox.setHgrow(where, Priority.ALWAYS);
            body.getChildren().add(row);
        }
        HBox entry = new HBox(8, number, body);
        entry.getStyleClass().add("detail-source");
        entry.setId("source-" + s.number());
        HBox.setHgrow(body, Priority.ALWAYS);
        return entry;
    }

    /** The title as a link, with an "opens outside" icon after it that stays on the first line when it wraps. */
    private Node titleLink(String title, String url) {
        Hyperlink link = link(title, url, "detail-source-link");
        FontIcon icon = new FontIcon("mdi2o-open-in-new");
        icon.getStyleClass().add("detail-source-link-icon");
        icon.setOnMouseClicked(e -> openLink.accept(url));
        HBox row = new HBox(4, link, icon);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private Node mirrorLink(String mirror) {
        return link(mirror, mirror, "detail-source-mirror");
    }

    private Hyperlink link(String text, String url, String styleClass) {
        Hyperlink link = new Hyperlink(text);
        link.getStyleClass().add(styleClass);
        link.setWrapText(text.indexOf(' ') >= 0);
        link.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        link.setMinHeight(Label.USE_PREF_SIZE);
        link.setTooltip(Markers.tooltip(url + "\n" + Messages.get("detail.marker.open")));
        link.setOnAction(e -> {
            openLink.accept(url);
            link.setVisited(false);
        });
        return link;
    }

    private static String meta(SourceEntry s) {
        List<String> parts = new ArrayList<>(3);
        if (s.publisher() != null && !s.publisher().isEmpty()) {
            parts.add(s.publisher());
        }
        parts.add(s.kindLabel());
        if (s.dateRead() != null && !s.dateRead().isEmpty()) {
            parts.add(Messages.get("detail.source.dateRead", s.dateRead()));
        }
        return String.join(" \u00b7 ", parts);
    }
}
