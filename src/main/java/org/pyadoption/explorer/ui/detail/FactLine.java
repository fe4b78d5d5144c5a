package org.pyadoption.explorer.ui.detail;

import java.util.List;

/**
 * One fact as the pane shows it: plain text, cleaned of control characters.
 *
 * @param text          the statement; quotes carry their quotation marks
 * @param asOf          the date the fact holds for as the dataset gives it, or null
 * @param asOfLabel     what to show beside the fact about its date ("as of 2013"), or null for nothing
 * @param attribution   who said it, for quotes ("— Name, role"), else null
 * @param status        whether it is sourced, unconfirmed or of low confidence
 * @param statusReason  why it is not shown as sourced; null when sourced
 * @param note          the researcher's note on a sourced fact, or null (for other facts it is in the reason)
 * @param evidenceLabel the kind of evidence when it differs from the kind of its source, else null
 */
public record FactLine(String text, String asOf, String asOfLabel, String attribution, FactStatus status,
                       String statusReason, String note, String evidenceLabel, List<SourceMarker> markers) {

    public FactLine {
        markers = List.copyOf(markers);
    }
}
