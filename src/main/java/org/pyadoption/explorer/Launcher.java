package org.pyadoption.explorer;

import javafx.application.Application;
import org.pyadoption.explorer.cli.ExportChartCommand;
import org.pyadoption.explorer.cli.ValidateCommand;
import org.pyadoption.explorer.ui.ExplorerApp;
import org.pyadoption.explorer.ui.StartupReport;

/**
 * Starts the app. A plain class, not an {@link Application}, so the app runs from the classpath and from a
 * runnable jar. Command-line tools run without a window.
 *
 * <p>The window gets the arguments unchanged and in order (the first one, if any, is a dataset to open, as
 * "Open with" and the desktop entry's {@code %f} pass it), except {@code --startup-report}, which the launcher
 * takes out; see {@link StartupReport}.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && ValidateCommand.FLAG.equals(args[0])) {
            System.exit(ValidateCommand.run(args, System.out, System.err));
        }
        if (args.length > 0 && ExportChartCommand.FLAG.equals(args[0])) {
            int code = ExportChartCommand.run(args, System.out, System.err);
            System.exit(code);
        }
        // the log file is opened beside the window's start, not before it: it is ready long before anything logs
        Thread logging = new Thread(AppLogging::configure, "log-setup");
        logging.setDaemon(true);
        logging.start();
        Application.launch(ExplorerApp.class, StartupReport.takeFlag(args));
    }
}
