package org.pyadoption.explorer.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app's stylesheet parses cleanly (a broken rule would silently drop the rules after it), and the binary
 * stylesheets the build writes, which JavaFX reads instead of the text ones, hold the same rules.
 */
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

    @ParameterizedTest
    @EnumSource(Theme.class)
    void eachThemeIsReadFromABinaryTwinOfTheAtlantaFxStylesheet(Theme theme) throws Exception {
        String css = theme.userAgentStylesheet();
        assertThat(css).contains(Theme.BUNDLED_DIR).endsWith(".css");
        Stylesheet binary = Stylesheet.loadBinary(new URL(css.replaceFirst("\\.css$", ".bss")));
        assertThat(binary).as("the .bss beside " + css).isNotNull();
        String atlantafx = theme == Theme.LIGHT ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet();
        Stylesheet text = new CssParser().parse(new URL(ThemeCssTest.class.getResource(atlantafx).toExternalForm()));
        assertThat(binary.getRules()).hasSameSizeAs(text.getRules()).hasSizeGreaterThan(500);
    }

    @Test
    void theAppStylesheetHasABinaryTwinWithTheSameRules() throws Exception {
        URL css = ThemeCssTest.class.getResource("/org/pyadoption/explorer/ui/theme/theme.css");
        URL bss = ThemeCssTest.class.getResource("/org/pyadoption/explorer/ui/theme/theme.bss");
        assertThat(bss).isNotNull();
        assertThat(Stylesheet.loadBinary(bss).getRules()).hasSameSizeAs(new CssParser().parse(css).getRules());
    }
}
