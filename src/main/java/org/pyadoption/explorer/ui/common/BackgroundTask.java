package org.pyadoption.explorer.ui.common;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * Work to run off the FX thread, with what to do with its result. The callbacks run on the FX thread (or, with
 * {@link CurrentThreadTaskExecutor}, on the caller's thread).
 *
 * @param <V> the result
 */
public final class BackgroundTask<V> {

    /** The work itself: it may report progress from 0 to 1 and should stop early when cancelled. */
    @FunctionalInterface
    public interface Work<V> {
        V call(DoubleConsumer progress, BooleanSupplier cancelled) throws Exception;
    }

    private final Work<V> work;
    private Consumer<V> onSuccess = v -> { };
    private Consumer<Exception> onFailure = e -> { };
    private DoubleConsumer onProgress = p -> { };
    private Runnable onCancelled = () -> { };

    private BackgroundTask(Work<V> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <V> BackgroundTask<V> of(Work<V> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<V> onSuccess(Consumer<V> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<V> onFailure(Consumer<Exception> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<V> onProgress(DoubleConsumer handler) {
        this.onProgress = handler;
        return this;
    }

    public BackgroundTask<V> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    Work<V> work() {
        return work;
    }

    Consumer<V> successHandler() {
        return onSuccess;
    }

    Consumer<Exception> failureHandler() {
        return onFailure;
    }

    DoubleConsumer progressHandler() {
        return onProgress;
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }
}
