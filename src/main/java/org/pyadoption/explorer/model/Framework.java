package org.pyadoption.explorer.model;

/** A framework or library, under one spelling. */
public record Framework(String id, String name) {
}
