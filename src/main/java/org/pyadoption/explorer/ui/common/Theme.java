package org.pyadoption.explorer.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import org.pyadoption.explorer.model.Vocabulary;

import java.net.URL;
import java.util.Optional;

/** The two looks of the app: AtlantaFX Primer light and dark, with the app's own looked-up colours on top. */
public enum Theme {
    LIGHT("light", "primer-light.css", new PrimerLight().getUserAgentStylesheet()),
    DARK("dark", "primer-dark.css", new PrimerDark().getUserAgentStylesheet());

    /** Where the build puts the AtlantaFX stylesheets, each with a binary twin (.bss) that JavaFX reads instead. */
    static final String BUNDLED_DIR = "/org/pyadoption/explorer/ui/theme/";

    private final String id;
    private final String userAgentStylesheet;

    Theme(String id, String bundledName, String atlantafxStylesheet) {
        this.id = id;
        URL bundled = Theme.class.getResource(BUNDLED_DIR + bundledName);
        // without the build's copy (a run straight from sources) AtlantaFX's own text stylesheet does the same job
        this.userAgentStylesheet = bundled != null ? bundled.toExternalForm() : atlantafxStylesheet;
    }

    public String id() {
        return id;
    }

    public String userAgentStylesheet() {
        return userAgentStylesheet;
    }

    /** The style class set on the scene root, so app CSS can tell the themes apart. */
    public String styleClass() {
        return "theme-" + id;
    }

    public static Optional<Theme> fromId(String id) {
        return Vocabulary.byId(values(), Theme::id, id);
    }
}
