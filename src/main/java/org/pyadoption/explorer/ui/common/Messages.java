package org.pyadoption.explorer.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The texts of the window, from {@code messages.properties}; FXML files use the same bundle with %key. */
public final class Messages {

    public static final String BUNDLE = "org.pyadoption.explorer.ui.messages";

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return TEXTS;
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = TEXTS.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
