package org.pyadoption.explorer.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and the desktop, behind an interface so view models can be tested without windows. */
public interface DialogService {

    void showError(String title, String message, String details);

    void showInformation(String title, String header, String message);

    /** Asks where to save; {@code extension} like "png". Empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension);

    /** Opens an http(s) address in the system browser; other schemes are refused. */
    void openLink(String url);
}
