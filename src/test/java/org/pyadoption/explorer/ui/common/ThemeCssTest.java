package org.pyadoption.explorer.ui.common;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** The app's stylesheet parses cleanly: a broken rule would silently drop the rules after it. */
class ThemeCssTest {

    @Test
    void themeCssHasNoSyntaxErrors() throws Exception {
        URL css = ThemeCssTest.class.getResource("/org/pyadoption/explorer/ui/theme/theme.css");
        assertThat(css).isNotNull();
        CssParser.errorsProperty().clear();
        var sheet = new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(20);
    }
}
