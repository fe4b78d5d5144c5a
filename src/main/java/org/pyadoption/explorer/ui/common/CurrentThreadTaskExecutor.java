package org.pyadoption.explorer.ui.common;

import java.util.concurrent.CancellationException;

/** Runs tasks on the calling thread, callbacks included: for tests and command-line use. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public Cancellable execute(BackgroundTask<?> task) {
        run(task);
        return () -> { };
    }

    private static <V> void run(BackgroundTask<V> task) {
        V result;
        try {
            result = task.work().call(task.progressHandler(), () -> false);
        } catch (CancellationException e) {
            task.cancelledHandler().run();
            return;
        } catch (Exception e) {
            task.failureHandler().accept(e);
            return;
        }
        task.successHandler().accept(result);
    }
}
