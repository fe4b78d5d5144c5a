package org.pyadoption.explorer.ui.chart;

import org.pyadoption.explorer.model.Vocabulary;

import java.util.Locale;
import java.util.Optional;

/** Export choices: the format, the PNG scale and what is behind the chart. */
public record ChartExport(Format format, double scale, Background background) {

    public enum Format {
        PNG("png", "PNG image"), SVG("svg", "SVG drawing"), CSV("csv", "CSV table");

        private final String extension;
        private final String description;

        Format(String extension, String description) {
            this.extension = extension;
            this.description = description;
        }

        public String extension() {
            return extension;
        }

        public String description() {
            return description;
        }

        public static Optional<Format> fromId(String id) {
            return Vocabulary.byId(values(), Format::extension, id.toLowerCase(Locale.ROOT));
        }
    }

    /** The theme's background, plain white (with the light theme's colours), or none. */
    public enum Background {
        THEME, WHITE, TRANSPARENT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Background> fromId(String id) {
            return Vocabulary.byId(values(), Background::id, id.toLowerCase(Locale.ROOT));
        }
    }

    public static final double MIN_SCALE = 0.25;
    public static final double MAX_SCALE = 8;

    public ChartExport {
        if (!(scale >= MIN_SCALE && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale " + scale + " is outside " + MIN_SCALE + " to " + MAX_SCALE);
        }
    }
}
