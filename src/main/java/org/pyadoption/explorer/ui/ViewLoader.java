package org.pyadoption.explorer.ui;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.pyadoption.explorer.ui.common.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;

/**
 * Loads an FXML view with the app's texts; views (FXML controllers) are built with the {@link AppContext}, also for
 * included FXML files. Fails at once with the file's name when a view cannot be loaded.
 */
public final class ViewLoader {

    private final AppContext context;

    public ViewLoader(AppContext context) {
        this.context = context;
    }

    /** Loads {@code fxml}, a path relative to {@code anchor}'s package, e.g. {@code Main.fxml}. */
    public <V> Loaded<V> load(Class<?> anchor, String fxml) {
        URL url = anchor.getResource(fxml);
        if (url == null) {
            throw new IllegalStateException("View file not found: " + anchor.getPackageName() + "/" + fxml);
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.bundle());
        loader.setControllerFactory(this::createView);
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load view " + url + ": " + e.getMessage(), e);
        }
    }

    private Object createView(Class<?> type) {
        try {
            return type.getConstructor(AppContext.class).newInstance(context);
        } catch (NoSuchMethodException e) {
            try {
                return type.getConstructor().newInstance();
            } catch (ReflectiveOperationException inner) {
                throw new IllegalStateException("Cannot create view " + type.getName(), inner);
            }
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Cannot create view " + type.getName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create view " + type.getName(), e);
        }
    }

    /** A loaded view: its root node and its controller. */
    public record Loaded<V>(Parent root, V view) {
    }
}
