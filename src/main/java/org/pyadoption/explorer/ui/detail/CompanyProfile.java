package org.pyadoption.explorer.ui.detail;

import java.util.List;

/**
 * Everything the detail pane shows about one company. Single facts are null when the dataset lacks them.
 *
 * @param adoptionLabel the adoption year as read, e.g. "by 2013", or "" when the text states none
 * @param headerNotes   reasons for the header facts that are not sourced, grouped when they are the same
 * @param sections      the non-empty fact lists in display order
 * @param sources       every cited source, once, in the order of first citation
 */
public record CompanyProfile(String id, String name, FactLine industry, FactLine country, FactLine founded,
                             FactLine adoption, String adoptionLabel, List<HeaderNote> headerNotes,
                             List<FactLine> useCases, List<ProfileSection> sections, List<SourceEntry> sources) {

    public CompanyProfile {
        headerNotes = List.copyOf(headerNotes);
        useCases = List.copyOf(useCases);
        sections = List.copyOf(sections);
        sources = List.copyOf(sources);
    }

    /** The section with this id, or null when the company has no facts of that kind. */
    public ProfileSection section(String sectionId) {
        for (ProfileSection s : sections) {
            if (s.id().equals(sectionId)) {
                return s;
            }
        }
        return null;
    }
}
