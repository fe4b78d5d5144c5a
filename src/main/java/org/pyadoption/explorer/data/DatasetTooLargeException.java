package org.pyadoption.explorer.data;

import java.io.IOException;
import java.util.Locale;

/** A dataset was refused because it is over one of the {@link LoadLimits}; nothing of it was loaded. */
public final class DatasetTooLargeException extends IOException {

    private final String limitProperty;
    private final long limit;

    private DatasetTooLargeException(String message, String limitProperty, long limit) {
        super(message);
        this.limitProperty = limitProperty;
        this.limit = limit;
    }

    static DatasetTooLargeException fileTooLarge(String name, long size, long maxBytes) {
        String what = size >= 0 ? " is " + bytes(size) + ", more than the " : " is larger than the ";
        return new DatasetTooLargeException(name + what + bytes(maxBytes) + " this app opens ("
                + hint(LoadLimits.MAX_FILE_BYTES_PROPERTY, "BYTES") + ")",
                LoadLimits.MAX_FILE_BYTES_PROPERTY, maxBytes);
    }

    static DatasetTooLargeException tooManyCompanies(String name, int maxCompanies) {
        return new DatasetTooLargeException(name + " holds more than " + String.format(Locale.ROOT, "%,d", maxCompanies)
                + " companies, the most this app loads (" + hint(LoadLimits.MAX_COMPANIES_PROPERTY, "N") + ")",
                LoadLimits.MAX_COMPANIES_PROPERTY, maxCompanies);
    }

    static DatasetTooLargeException outOfMemory(String name, long bytesRead, long maxHeap) {
        String read = bytesRead >= 0 ? " (it stopped after reading " + bytes(bytesRead) + ")" : "";
        return new DatasetTooLargeException(name + " does not fit in the " + bytes(maxHeap) + " of memory this app may "
                + "use" + read + "; start it with a larger -Xmx, or load a smaller file", "-Xmx", maxHeap);
    }

    /** The system property that sets the limit, e.g. {@code explorer.maxCompanies}, or "-Xmx" for the heap. */
    public String limitProperty() {
        return limitProperty;
    }

    public long limit() {
        return limit;
    }

    private static String hint(String property, String placeholder) {
        return "start it with -D" + property + "=" + placeholder + " to change the limit";
    }

    /** A size for people: "512 MB", "1.2 GB", "800 bytes" (decimal units, as file managers show them). */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return (v < 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v)) + " "
                + units[u];
    }
}
