package org.pyadoption.explorer.model;

/** One statement about a company, with its provenance. */
public sealed interface Fact
        permits TextFact, FoundedYear, Adoption, UseCaseFact, FrameworkFact, LanguageFact, Figure, Quote {

    Provenance provenance();

    /** The statement as a line of text. */
    String text();

    default boolean verified() {
        return provenance().verified();
    }
}
