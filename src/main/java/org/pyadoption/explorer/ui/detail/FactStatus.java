package org.pyadoption.explorer.ui.detail;

/** How far a shown fact can be trusted. */
public enum FactStatus {
    /** Verified: its wording was read in a cited primary or secondary source. */
    SOURCED,
    /** Nobody could confirm it: general knowledge, a founding-document claim, or not found in its source. */
    UNCONFIRMED,
    /** Verified, but the researcher flagged the support as weak. */
    LOW_CONFIDENCE;

    public boolean isSourced() {
        return this == SOURCED;
    }
}
