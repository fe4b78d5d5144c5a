package org.pyadoption.explorer.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.List;

/** The top of the profile: name; industry · country · founded; Python adoption; use-case chips. */
final class HeaderNode {

    private final FactLineNode facts;

    HeaderNode(FactLineNode facts) {
        this.facts = facts;
    }

    VBox render(CompanyProfile p) {
        VBox header = new VBox(6);
        header.getStyleClass().add("detail-header");
        Label name = new Label(p.name());
        name.getStyleClass().add("detail-name");
        name.setWrapText(true);
        name.setMinHeight(Label.USE_PREF_SIZE);
        header.getChildren().add(name);

        TextFlow meta = metaLine(p);
        if (!meta.getChildren().isEmpty()) {
            header.getChildren().add(meta);
        }
        for (HeaderNote n : p.headerNotes()) {
            header.getChildren().add(statusRow(n.status(), n.fields() + ": " + n.reason()));
        }
        if (p.adoption() != null) {
            header.getChildren().add(adoption(p));
        }
        if (!p.useCases().isEmpty()) {
            header.getChildren().add(useCases(p.useCases()));
        }
        return header;
    }

    private TextFlow metaLine(CompanyProfile p) {
        TextFlow meta = new TextFlow();
        meta.getStyleClass().add("detail-meta");
        addMeta(meta, p.industry(), p.industry() == null ? null : p.industry().text());
        addMeta(meta, p.country(), p.country() == null ? null : p.country().text());
        addMeta(meta, p.founded(), p.founded() == null ? null
                : Messages.get("detail.header.founded", p.founded().text()));
        return meta;
    }

    private void addMeta(TextFlow meta, FactLine f, String text) {
        if (f == null) {
            return;
        }
        if (!meta.getChildren().isEmpty()) {
            meta.getChildren().add(FactLineNode.text("  \u00b7  ", "detail-meta-separator"));
        }
        Text value = FactLineNode.text(text, "detail-meta-text");
        meta.getChildren().add(value);
        facts.appendMarkers(meta.getChildren(), f.markers());
        if (!f.status().isSourced()) {
            FontIcon icon = Markers.icon(f.status());
            Tooltip.install(icon, Markers.tooltip(Messages.get("detail.status." + f.status().name()) + ": "
                    + f.statusReason()));
            meta.getChildren().addAll(FactLineNode.space(), icon);
        } else if (f.note() != null) {
            Tooltip.install(value, Markers.tooltip(f.note()));
        }
    }

    private Node adoption(CompanyProfile p) {
        VBox box = new VBox(2);
        box.getStyleClass().add("detail-adoption");
        Label caption = new Label(Messages.get("detail.header.adoption"));
        caption.getStyleClass().add("detail-caption");
        box.getChildren().add(caption);
        FactLine f = p.adoption();
        TextFlow flow = p.adoptionLabel().isEmpty()
                ? facts.flow(f, FactLineNode.text(f.text(), "detail-fact-text"))
                : facts.flow(f, FactLineNode.tag(p.adoptionLabel(), "detail-adoption-year"), FactLineNode.space(),
                        FactLineNode.text(f.text(), "detail-fact-text"));
        box.getChildren().add(flow);
        FactLineNode.reasonAndNote(box.getChildren(), f);
        return box;
    }

    private Node useCases(List<FactLine> useCases) {
        VBox box = new VBox(4);
        box.getStyleClass().add("detail-use-cases");
        Label caption = new Label(Messages.get("detail.section.useCases"));
        caption.getStyleClass().add("detail-caption");
        FlowPane chips = new FlowPane(6, 6);
        chips.getStyleClass().add("detail-chips");
        box.getChildren().addAll(caption, chips);
        for (FactLine u : useCases) {
            chips.getChildren().add(chip(u));
        }
        for (FactLine u : useCases) {
            if (!u.status().isSourced()) {
                box.getChildren().add(statusRow(u.status(), u.text() + ": " + u.statusReason()));
            }
        }
        return box;
    }

    private Node chip(FactLine u) {
        Label text = new Label(u.text());
        text.getStyleClass().add("detail-chip-text");
        HBox chip = new HBox(2, text);
        chip.getStyleClass().add("detail-chip");
        if (!u.status().isSourced()) {
            chip.getStyleClass().add("unconfirmed");
            text.setGraphic(Markers.icon(u.status()));
        }
        facts.appendMarkers(chip.getChildren(), u.markers());
        String tip = u.status().isSourced() ? u.note()
                : Messages.get("detail.status." + u.status().name()) + ": " + u.statusReason();
        if (tip != null) {
            text.setTooltip(Markers.tooltip(tip));
        }
        return chip;
    }

    /** A visible badge followed by the reason, for facts shown in compact form. */
    private static Node statusRow(FactStatus status, String text) {
        TextFlow row = new TextFlow(Markers.badge(status, text), FactLineNode.text(" " + text, "detail-reason-text"));
        row.getStyleClass().add("detail-status-row");
        return row;
    }
}
