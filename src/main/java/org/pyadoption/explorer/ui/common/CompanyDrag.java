package org.pyadoption.explorer.ui.common;

import org.pyadoption.explorer.data.IndexedCompany;

import java.util.Optional;

/** How a company travels in a drag: as text "company:ID", so a drop elsewhere can tell it from other text. */
public final class CompanyDrag {

    private static final String PREFIX = "company:";

    private CompanyDrag() {
    }

    public static String encode(IndexedCompany c) {
        return PREFIX + c.id();
    }

    /** The company id carried by a dragged string, if it carries one. */
    public static Optional<String> decode(String dragged) {
        if (dragged != null && dragged.startsWith(PREFIX) && dragged.length() > PREFIX.length()) {
            return Optional.of(dragged.substring(PREFIX.length()));
        }
        return Optional.empty();
    }
}
