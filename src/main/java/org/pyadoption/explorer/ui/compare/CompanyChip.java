package org.pyadoption.explorer.ui.compare;

import atlantafx.base.theme.Styles;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.function.Consumer;

/**
 * A compared company as a chip: a swatch in the company's colour, its name and a close button. The chip takes focus;
 * Delete or Backspace removes it like the close button does.
 */
final class CompanyChip extends HBox {

    private final ComparedCompany company;
    private final Button close;

    CompanyChip(ComparedCompany company, Consumer<CompanyChip> onRemove) {
        this.company = company;
        getStyleClass().addAll("compare-chip", colourClass(company.colourSlot()));
        setId("chip-" + company.id());
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        setAccessibleText(Messages.get("compare.chip.accessible", company.name()));

        Label name = new Label(company.name());
        name.getStyleClass().add("compare-chip-name");

        close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "compare-chip-close");
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip(Messages.get("compare.chip.remove", company.name())));
        close.setAccessibleText(Messages.get("compare.chip.remove", company.name()));
        close.setOnAction(e -> onRemove.accept(this));

        getChildren().addAll(swatch(company.colourSlot()), name, close);
        setOnMouseClicked(e -> requestFocus());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                onRemove.accept(this);
                e.consume();
            }
        });
    }

    ComparedCompany company() {
        return company;
    }

    Button closeButton() {
        return close;
    }

    /** A small round swatch in the colour of slot 1 to 8. */
    static Region swatch(int colourSlot) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("compare-swatch", colourClass(colourSlot));
        return swatch;
    }

    static String colourClass(int colourSlot) {
        return "company-colour-" + colourSlot;
    }
}
