package org.pyadoption.explorer.data;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;

/**
 * A small unmodifiable set that keeps the order its elements were given in, at a fraction of a LinkedHashSet's
 * memory (it is kept for every company). {@code contains} is a linear scan, meant for a handful of elements.
 */
final class OrderedSet<E> extends AbstractSet<E> {

    private final List<E> elements;

    private OrderedSet(List<E> elements) {
        this.elements = elements;
    }

    /** The distinct elements, which must hold no duplicates. */
    static <E> OrderedSet<E> of(List<E> distinct) {
        return new OrderedSet<>(List.copyOf(distinct));
    }

    @Override
    public Iterator<E> iterator() {
        return elements.iterator();
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public boolean contains(Object o) {
        return elements.contains(o);
    }
}
