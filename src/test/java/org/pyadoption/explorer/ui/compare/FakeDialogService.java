package org.pyadoption.explorer.ui.compare;

import org.pyadoption.explorer.ui.common.DialogService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Dialogs for tests: answers save requests with {@link #saveTo} and records errors as "title|message|details". */
final class FakeDialogService implements DialogService {

    final List<String> errors = new ArrayList<>();
    Path saveTo;
    int saveRequests;
    String lastSuggestedName;

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
        return Optional.ofNullable(saveTo);
    }

    @Override
    public void openLink(String url) {
    }
}
