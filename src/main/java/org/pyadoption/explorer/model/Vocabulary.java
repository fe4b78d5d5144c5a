package org.pyadoption.explorer.model;

import java.util.Optional;
import java.util.function.Function;

/** Looks up a value of a fixed vocabulary (an enum) by the id files and command lines use for it. */
public final class Vocabulary {

    private Vocabulary() {
    }

    public static <E extends Enum<E>> Optional<E> byId(E[] values, Function<E, String> idOf, String id) {
        for (E e : values) {
            if (idOf.apply(e).equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
