package org.pyadoption.explorer.ui.testing;

import org.pyadoption.explorer.ui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs for tests: records what would have been shown (errors as "title|message|details") and answers file
 * questions with prepared paths.
 */
public final class FakeDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> links = new ArrayList<>();
    public final List<String> clipboard = new ArrayList<>();
    public Path nextSaveFile;
    public Path nextOpenFile;
    public int saveRequests;
    public String lastSuggestedName;

    @Override
    public void showError(String title, String message, String details) {
        errors.add(title + "|" + message + "|" + details);
    }

    @Override
    public void showInformation(String title, String header, String message) {
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                         String extension) {
        saveRequests++;
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(nextSaveFile);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String filterDescription, String extension) {
        return Optional.ofNullable(nextOpenFile);
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }

    @Override
    public void openLink(String url) {
        links.add(url);
    }
}
