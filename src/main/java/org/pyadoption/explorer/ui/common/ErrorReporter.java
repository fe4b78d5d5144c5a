package org.pyadoption.explorer.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Catches what nothing else caught: logs it and shows it with "Copy details", instead of failing silently. */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());

    private final Supplier<Window> owner;
    private boolean showing;

    public ErrorReporter(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** Becomes the handler of every thread, the FX thread included. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(this);
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error on " + thread.getName(), error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            String details = details(error);
            ButtonType copy = new ButtonType(Messages.get("error.copy"), ButtonBar.ButtonData.LEFT);
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.get("error.message", error), ButtonType.CLOSE,
                    copy);
            alert.initOwner(owner.get());
            alert.setTitle(Messages.get("error.title"));
            alert.setHeaderText(Messages.get("error.title"));
            TextArea text = new TextArea(details);
            text.setEditable(false);
            alert.getDialogPane().setExpandableContent(text);
            alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(details);
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            });
            alert.showAndWait();
        } finally {
            showing = false;
        }
    }

    static String details(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
