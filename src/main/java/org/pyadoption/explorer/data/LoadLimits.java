package org.pyadoption.explorer.data;

/**
 * How large a dataset the loader accepts. A file over {@code maxFileBytes} is refused before it is read; a file with
 * more than {@code maxCompanies} companies is refused as soon as the reader gets past that many. Both keep a load from
 * ending in an OutOfMemoryError; see docs/decisions for how the defaults were chosen.
 *
 * @param maxFileBytes the largest file, in bytes
 * @param maxCompanies the most companies
 */
public record LoadLimits(long maxFileBytes, int maxCompanies) {

    public static final String MAX_FILE_BYTES_PROPERTY = "explorer.maxFileBytes";
    public static final String MAX_COMPANIES_PROPERTY = "explorer.maxCompanies";

    /** 1 GiB: twice the size of a 100,000-company file of the bundled data's shape. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 30;
    /** Twice the 100,000 companies the app is measured with; about 1 GB of heap when loaded. */
    public static final int DEFAULT_MAX_COMPANIES = 200_000;

    public LoadLimits {
        if (maxFileBytes <= 0 || maxCompanies <= 0) {
            throw new IllegalArgumentException("limits must be positive: maxFileBytes=" + maxFileBytes
                    + ", maxCompanies=" + maxCompanies);
        }
    }

    public static LoadLimits defaults() {
        return new LoadLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_COMPANIES);
    }

    /**
     * The defaults, overridden by the system properties {@value #MAX_FILE_BYTES_PROPERTY} and
     * {@value #MAX_COMPANIES_PROPERTY}.
     */
    public static LoadLimits fromSystemProperties() {
        long bytes = parse(MAX_FILE_BYTES_PROPERTY, DEFAULT_MAX_FILE_BYTES, Long.MAX_VALUE);
        long companies = parse(MAX_COMPANIES_PROPERTY, DEFAULT_MAX_COMPANIES, Integer.MAX_VALUE);
        return new LoadLimits(bytes, (int) companies);
    }

    private static long parse(String property, long fallback, long max) {
        String text = System.getProperty(property);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip().replace("_", ""));
            if (value > 0 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("-D" + property + "=" + text + ": expected a whole number from 1 to " + max);
    }
}
