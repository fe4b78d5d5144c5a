package org.pyadoption.explorer.ui.detail;

import java.util.List;

/**
 * A titled list of facts, e.g. the frameworks. Sections without facts are not made.
 *
 * @param id a stable name for styling and tests, e.g. "frameworks"
 */
public record ProfileSection(String id, String title, List<FactLine> lines) {

    public ProfileSection {
        lines = List.copyOf(lines);
    }
}
