package org.pyadoption.explorer.ui.detail;

import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.function.Consumer;

/** Builds the small "[1]" source markers, the status badges and the tooltips of the detail pane. */
final class Markers {

    static final String MARKER = "detail-marker";

    private final Consumer<SourceMarker> open;

    Markers(Consumer<SourceMarker> open) {
        this.open = open;
    }

    /** A link that opens the source, or a plain label when the source has no address to open. */
    Node marker(SourceMarker m) {
        if (m.hasLink()) {
            Hyperlink link = new Hyperlink(m.label());
            link.getStyleClass().add(MARKER);
            link.setOnAction(e -> {
                open.accept(m);
                link.setVisited(false);
            });
            link.setAccessibleText(Messages.get("detail.marker.accessible", m.number(), m.title()));
            link.setTooltip(tooltip(m.tooltip()));
            return link;
        }
        Label label = new Label(m.label());
        label.getStyleClass().addAll(MARKER, "detail-marker-plain");
        label.setAccessibleRole(AccessibleRole.TEXT);
        label.setAccessibleText(Messages.get("detail.marker.accessible", m.number(), m.title()));
        label.setTooltip(tooltip(m.tooltip()));
        return label;
    }

    /** "Unconfirmed" or "Low confidence" with a warning icon; the reason is in its tooltip. */
    static Label badge(FactStatus status, String reason) {
        Label badge = new Label(Messages.get("detail.status." + status.name()), icon(status));
        badge.getStyleClass().addAll("detail-badge", status == FactStatus.UNCONFIRMED ? "unconfirmed" : "low-confidence");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        if (reason != null) {
            badge.setTooltip(tooltip(reason));
        }
        return badge;
    }

    static FontIcon icon(FactStatus status) {
        FontIcon icon = new FontIcon(status == FactStatus.UNCONFIRMED ? "mdi2a-alert-outline" : "mdi2s-scale-unbalanced");
        icon.getStyleClass().add("detail-badge-icon");
        return icon;
    }

    static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(250));
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
