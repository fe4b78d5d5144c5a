package org.pyadoption.explorer.ui.common;

/** Runs background work; injected so tests can run it synchronously. */
public interface TaskExecutor {

    /** Starts the task; the returned handle cancels it. */
    Cancellable execute(BackgroundTask<?> task);

    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
