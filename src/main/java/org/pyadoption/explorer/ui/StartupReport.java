package org.pyadoption.explorer.ui;

import java.time.Duration;
import java.util.Arrays;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * {@code --startup-report}: prints the time from process start to the first frame and to the loaded data, then
 * exits. The window reports those two moments with {@link #firstFrameShown(Scene)} (or {@link #firstFrameShown()})
 * and {@link #dataLoaded()}; they cost nothing when the flag was not given. Without both moments within
 * {@link #TIMEOUT} (a headless run that never shows a frame), it says what is missing and exits with status 1.
 */
public final class StartupReport {

    public static final String FLAG = "--startup-report";
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final StartupTimes TIMES = new StartupTimes(System::nanoTime);
    private static volatile boolean requested;

    private StartupReport() {
    }

    /**
     * For the launcher: takes {@link #FLAG} out of the arguments and, if it was there, arms the report.
     *
     * @return the other arguments, unchanged and in order
     */
    public static String[] takeFlag(String[] args) {
        String[] rest = Arrays.stream(args).filter(arg -> !FLAG.equals(arg)).toArray(String[]::new);
        if (rest.length < args.length) {
            request();
        }
        return rest;
    }

    public static boolean isRequested() {
        return requested;
    }

    /** Call right after {@code stage.show()}: the first frame counts once the scene's first layout pass is done. */
    public static void firstFrameShown(Scene scene) {
        if (!requested) {
            return;
        }
        NextFrame.then(scene, StartupReport::firstFrameShown);
    }

    /** The first frame is on screen; any thread. */
    public static void firstFrameShown() {
        if (requested && TIMES.markFirstFrame()) {
            reportAndExit();
        }
    }

    /** The dataset is loaded and shown; any thread. */
    public static void dataLoaded() {
        if (requested && TIMES.markDataLoaded()) {
            reportAndExit();
        }
    }

    private static synchronized void request() {
        if (requested) {
            return;
        }
        requested = true;
        Thread watchdog = new Thread(StartupReport::exitAfterTimeout, "startup-report-timeout");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private static void reportAndExit() {
        System.out.println(TIMES.report(ProcessStart.elapsed()));
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    private static void exitAfterTimeout() {
        try {
            Thread.sleep(TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            return;
        }
        String missing = TIMES.missing();
        System.err.println("startup report: " + (missing.isEmpty() ? "could not exit" : missing)
                + " after " + TIMEOUT.toSeconds() + " s");
        System.err.flush();
        // halt, not exit: a window that never showed may have left the toolkit in a state that blocks shutdown
        Runtime.getRuntime().halt(1);
    }
}
