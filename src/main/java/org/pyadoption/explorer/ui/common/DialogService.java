package org.pyadoption.explorer.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/** Dialogs and the desktop, behind an interface so view models can be tested without windows. */
public interface DialogService {

    void showError(String title, String message, String details);

    void showInformation(String title, String header, String message);

    /** Asks where to save; {@code extension} like "png". Empty when the user cancels. */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension);

    /** Asks for a file to open; {@code extension} like "json". Empty when the user cancels. */
    Optional<Path> chooseOpenFile(String title, String filterDescription, String extension);

    /** Puts text on the clipboard. */
    void copyToClipboard(String text);

    /** Opens an http(s) address in the system browser; other schemes are refused. */
    void openLink(String url);
}
