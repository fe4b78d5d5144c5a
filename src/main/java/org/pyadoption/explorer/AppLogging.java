package org.pyadoption.explorer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Logs to a rotating file in the user's application-data folder. */
public final class AppLogging {

    private static final String APP_DIR = "python-adoption-explorer";
    private static final int FILE_LIMIT = 1 << 20;
    private static final int FILE_COUNT = 5;

    private AppLogging() {
    }

    /** Where the app keeps its files: logs, caches. Follows each platform's convention. */
    public static Path dataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return Path.of(local != null ? local : home, "PythonAdoptionExplorer");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Python Adoption Explorer");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, APP_DIR) : Path.of(home, ".local", "share", APP_DIR);
    }

    public static Path logFolder() {
        return dataFolder().resolve("logs");
    }

    /** Sends the app's log records to {@code explorer-N.log} files of at most 1 MiB, five kept. */
    public static void configure() {
        Logger root = Logger.getLogger("org.pyadoption.explorer");
        try {
            Path dir = logFolder();
            Files.createDirectories(dir);
            FileHandler handler = new FileHandler(dir.resolve("explorer-%g.log").toString(), FILE_LIMIT, FILE_COUNT,
                    true);
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.INFO);
            root.addHandler(handler);
        } catch (IOException | SecurityException e) {
            root.log(Level.WARNING, "Cannot write log files; logging to the console only: " + e.getMessage());
        }
    }
}
