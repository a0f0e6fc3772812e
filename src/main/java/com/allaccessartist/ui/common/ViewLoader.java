package com.allaccessartist.ui.common;

import com.allaccessartist.domain.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads the FXML of a View: {@code FooView} is the controller of {@code Foo.fxml} in the same
 * package path, with the application's message bundle for {@code %key} texts. The View instance
 * (already holding its ViewModel) is handed to FXMLLoader through its controller factory.
 */
public final class ViewLoader {

    private ViewLoader() {
    }

    public static Parent load(Object view) {
        Class<?> type = view.getClass();
        String name = type.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL fxml = type.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " next to " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, Messages.bundle());
        loader.setControllerFactory(requested -> {
            if (requested.isInstance(view)) {
                return view;
            }
            throw new IllegalStateException(name + " names controller " + requested.getName() + ", not " + type.getName());
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
