package org.pyadoption.explorer.ui.common;

import org.pyadoption.explorer.data.WebAddress;
import javafx.application.HostServices;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Dialogs as windows, owned by the main window. */
public final class FxDialogService implements DialogService {

    private static final Logger LOG = Logger.getLogger(FxDialogService.class.getName());

    private final Supplier<Window> owner;
    private final HostServices hostServices;

    public FxDialogService(Supplier<Window> owner, HostServices hostServices) {
        this.owner = owner;
        this.hostServices = hostServices;
    }

    @Override
    public void showError(String title, String message, String details) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        if (details != null && !details.isBlank()) {
            TextArea text = new TextArea(details);
            text.setEditable(false);
            text.setWrapText(false);
            text.setPrefRowCount(12);
            alert.getDialogPane().setExpandableContent(text);
            alert.getDialogPane().setExpanded(true);
        }
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                         String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*." + extension));
        File f = chooser.showSaveDialog(owner.get());
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        if (!p.getFileName().toString().toLowerCase().endsWith("." + extension)) {
            p = p.resolveSibling(p.getFileName() + "." + extension);
        }
        return Optional.of(p);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String filterDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(filterDescription, "*." + extension),
                new FileChooser.ExtensionFilter("All files", "*"));
        File f = chooser.showOpenDialog(owner.get());
        return f == null ? Optional.empty() : Optional.of(f.toPath());
    }

    @Override
    public void copyToClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void openLink(String url) {
        if (!WebAddress.isHttp(url)) {
            LOG.log(Level.WARNING, "Refused to open a link that is not http(s): " + url);
            return;
        }
        hostServices.showDocument(url.strip());
    }
}
