package org.pyadoption.explorer.ui.common;

import java.net.URI;
import java.net.URISyntaxException;

/** The one rule for which addresses the app will open: http and https, with a host. */
public final class Links {

    private Links() {
    }

    public static boolean isOpenable(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
