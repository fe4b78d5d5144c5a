package org.pyadoption.explorer.model;

/**
 * Words someone said or wrote about Python at the company.
 *
 * @param verbatim true when {@code text} is the exact wording of the source
 */
public record Quote(String text, String speaker, String role, boolean verbatim, String asOf, Provenance provenance)
        implements Fact {
}
