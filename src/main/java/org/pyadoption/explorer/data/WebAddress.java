package org.pyadoption.explorer.data;

import java.net.URI;
import java.net.URISyntaxException;

/** The one rule for source addresses: http or https, with a host. The validator and the window both use it. */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isHttp(String url) {
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
