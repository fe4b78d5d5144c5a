package org.pyadoption.explorer.ui.detail;

import org.pyadoption.explorer.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;

/** Groups the reasons of unsourced header facts, so three facts with one reason say it once. */
final class HeaderNotes {

    private HeaderNotes() {
    }

    static List<HeaderNote> of(FactLine industry, FactLine country, FactLine founded) {
        FactLine[] lines = {industry, country, founded};
        String[] names = {"industry", "country", "founded"};
        List<HeaderNote> out = new ArrayList<>();
        boolean[] done = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            if (done[i] || lines[i] == null || lines[i].status().isSourced()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (int j = i; j < lines.length; j++) {
                if (!done[j] && lines[j] != null && lines[j].status() == lines[i].status()
                        && lines[j].statusReason().equals(lines[i].statusReason())) {
                    fields.add(Messages.get("detail.field." + names[j]));
                    done[j] = true;
                }
            }
            out.add(new HeaderNote(list(fields), lines[i].status(), lines[i].statusReason()));
        }
        return out;
    }

    /** "Industry", "Industry and country", "Industry, country and founding year". */
    private static String list(List<String> fields) {
        String joined = fields.size() == 1 ? fields.get(0)
                : String.join(", ", fields.subList(0, fields.size() - 1)) + " "
                + Messages.get("detail.field.and") + " " + fields.get(fields.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
