package org.pyadoption.explorer.ui.detail;

/**
 * Why one or more header facts (industry, country, founding year) are not shown as sourced.
 *
 * @param fields the facts it concerns, e.g. "Industry, headquarters country and founding year"
 */
public record HeaderNote(String fields, FactStatus status, String reason) {
}
