package org.pyadoption.explorer.ui.chart;

import org.pyadoption.explorer.data.SafeFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Writes chart exports to files, whole or not at all. Any thread. */
public final class ChartWriter {

    private ChartWriter() {
    }

    public static void writePng(BufferedImage image, Path target) throws IOException {
        SafeFiles.write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    public static void writeText(String text, Path target) throws IOException {
        SafeFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The chart's data as CSV (RFC 4180), with the source footnote as the last line. */
    public static String csv(ChartData data, String footnote) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : data.table()) {
            line(sb, row);
        }
        sb.append("\r\n");
        line(sb, List.of(footnote));
        return sb.toString();
    }

    private static void line(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(cell(cells.get(i)));
        }
        sb.append("\r\n");
    }

    static String cell(String s) {
        String value = s == null ? "" : s;
        // a leading = + - @ would be run as a formula by spreadsheets
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?[0-9.]+")) {
            value = "'" + value;
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
