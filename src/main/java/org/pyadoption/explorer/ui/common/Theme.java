package org.pyadoption.explorer.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

import org.pyadoption.explorer.model.Vocabulary;

import java.util.Optional;

/** The two looks of the app: AtlantaFX Primer light and dark, with the app's own looked-up colours on top. */
public enum Theme {
    LIGHT("light", new PrimerLight().getUserAgentStylesheet()),
    DARK("dark", new PrimerDark().getUserAgentStylesheet());

    private final String id;
    private final String userAgentStylesheet;

    Theme(String id, String userAgentStylesheet) {
        this.id = id;
        this.userAgentStylesheet = userAgentStylesheet;
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
