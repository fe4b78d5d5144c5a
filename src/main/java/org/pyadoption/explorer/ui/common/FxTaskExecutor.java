package org.pyadoption.explorer.ui.common;

import javafx.application.Platform;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.DoubleConsumer;

/** Runs tasks on daemon threads and hands results and progress to the FX thread. */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "explorer-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public Cancellable execute(BackgroundTask<?> task) {
        AtomicBoolean cancelled = new AtomicBoolean();
        pool.execute(() -> run(task, cancelled));
        return () -> cancelled.set(true);
    }

    private static <V> void run(BackgroundTask<V> task, AtomicBoolean cancelled) {
        DoubleConsumer progress = throttled(task.progressHandler());
        try {
            V result = task.work().call(progress, cancelled::get);
            if (cancelled.get()) {
                Platform.runLater(task.cancelledHandler());
            } else {
                Platform.runLater(() -> task.successHandler().accept(result));
            }
        } catch (CancellationException e) {
            Platform.runLater(task.cancelledHandler());
        } catch (Exception e) {
            Platform.runLater(() -> task.failureHandler().accept(e));
        }
    }

    /** Passes progress on at most every 50 ms, so a fast loop cannot flood the FX thread. */
    private static DoubleConsumer throttled(DoubleConsumer handler) {
        AtomicLong last = new AtomicLong();
        return p -> {
            long now = System.nanoTime();
            long prev = last.get();
            if ((now - prev > 50_000_000L || p >= 1.0) && last.compareAndSet(prev, now)) {
                Platform.runLater(() -> handler.accept(p));
            }
        };
    }
}
