package org.pyadoption.explorer.cli;

import org.pyadoption.explorer.data.DatasetLoadException;
import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.data.Problem;
import org.pyadoption.explorer.model.Dataset;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/** {@code --validate FILE}: checks a dataset file and prints one line per problem. */
public final class ValidateCommand {

    public static final String FLAG = "--validate";
    public static final int VALID = 0;
    public static final int INVALID = 1;
    public static final int UNREADABLE = 2;

    private ValidateCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("usage: " + FLAG + " FILE");
            return UNREADABLE;
        }
        Path file = Path.of(args[1]);
        try {
            LoadedDataset loaded = new DatasetLoader().load(file);
            Dataset d = loaded.dataset();
            out.println(file + ": valid: " + d.companies().size() + " companies, " + d.factCount() + " facts, "
                    + d.sources().size() + " sources");
            return VALID;
        } catch (DatasetLoadException e) {
            for (Problem p : e.problems()) {
                out.println(p);
            }
            int shown = e.problems().size();
            if (e.totalProblems() > shown) {
                out.println("... and " + (e.totalProblems() - shown) + " more");
            }
            out.println(file + ": invalid: " + e.totalProblems() + (e.totalProblems() == 1 ? " problem" : " problems"));
            return INVALID;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return UNREADABLE;
        }
    }
}
