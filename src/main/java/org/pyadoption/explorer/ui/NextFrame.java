package org.pyadoption.explorer.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs an action once a scene's next frame is laid out and on its way to the screen. */
public final class NextFrame {

    private NextFrame() {
    }

    /**
     * Runs {@code action} on the FX thread right after the scene's next layout pass, once. Actions given for the
     * same frame run in the order they were given.
     */
    public static void then(Scene scene, Runnable action) {
        boolean[] done = new boolean[1];
        Runnable[] listener = new Runnable[1];
        // the listener only schedules: pulse listeners must not be removed while the pulse runs them
        listener[0] = () -> Platform.runLater(() -> {
            if (!done[0]) {
                done[0] = true;
                scene.removePostLayoutPulseListener(listener[0]);
                action.run();
            }
        });
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
