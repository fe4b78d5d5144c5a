package org.pyadoption.explorer.data;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the line and column of given JSON paths in a document, for problems found after reading. */
final class JsonLocator {

    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");

    private JsonLocator() {
    }

    /** Returns line and column for each path in {@code paths} that occurs in the document. */
    static Map<String, int[]> locate(Reader reader, Set<String> paths) throws IOException {
        Map<String, int[]> found = new HashMap<>();
        JsonReader in = new JsonReader(reader);
        in.setStrictness(Strictness.LENIENT);
        in.setNestingLimit(JsonCursor.NESTING_LIMIT);
        walk(in, paths, found);
        return found;
    }

    private static void walk(JsonReader in, Set<String> paths, Map<String, int[]> found) throws IOException {
        JsonToken token = in.peek();
        if (paths.contains(in.getPath())) {
            Matcher m = LOCATION.matcher(in.toString());
            if (m.find()) {
                found.put(in.getPath(), new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
            }
        }
        switch (token) {
            case BEGIN_OBJECT -> {
                in.beginObject();
                while (in.hasNext()) {
                    in.nextName();
                    walk(in, paths, found);
                }
                in.endObject();
            }
            case BEGIN_ARRAY -> {
                in.beginArray();
                while (in.hasNext()) {
                    walk(in, paths, found);
                }
                in.endArray();
            }
            default -> in.skipValue();
        }
    }

    /** The problems with positions added where the path was found; a path not found falls back to its parent. */
    static List<Problem> withPositions(List<Problem> problems, Map<String, int[]> found) {
        List<Problem> out = new ArrayList<>(problems.size());
        for (Problem p : problems) {
            if (p.hasPosition()) {
                out.add(p);
                continue;
            }
            int[] lc = null;
            for (String path = p.path(); lc == null && path != null; path = parent(path)) {
                lc = found.get(path);
            }
            out.add(lc == null ? p : p.at(lc[0], lc[1]));
        }
        return out;
    }

    /** All paths and their parents, so a problem on a missing child can point at its parent. */
    static Set<String> pathsOf(List<Problem> problems) {
        Set<String> paths = new java.util.HashSet<>();
        for (Problem p : problems) {
            if (!p.hasPosition()) {
                for (String path = p.path(); path != null; path = parent(path)) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut <= 0 ? null : path.substring(0, cut);
    }
}
