package com.allaccessartist.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** Window helpers: the application icons, and modal tool windows that close with Esc. */
public final class Windows {

    private static final String[] ICON_SIZES = {"32", "64", "256"};
    private static List<Image> icons;

    private Windows() {
    }

    /** The application icons (empty if they are not packaged). */
    public static synchronized List<Image> icons() {
        if (icons == null) {
            List<Image> loaded = new ArrayList<>();
            for (String size : ICON_SIZES) {
                InputStream stream = Windows.class.getResourceAsStream("/com/allaccessartist/app/icon-" + size + ".png");
                if (stream != null) {
                    loaded.add(new Image(stream));
                }
            }
            icons = List.copyOf(loaded);
        }
        return icons;
    }

    /** A scene with the application stylesheet. */
    public static Scene scene(Parent root) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(Themes.APP_STYLESHEET);
        return scene;
    }

    /** A window-modal tool window over {@code owner}; Esc closes it unless a control used the key. */
    public static Stage modal(Window owner, String title, Parent root) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.getIcons().setAll(icons());
        Scene scene = scene(root);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                requestClose(stage);
            }
        });
        stage.setScene(scene);
        return stage;
    }

    /** Closes the window as its close button would: its close-request handler may refuse. */
    public static void requestClose(Stage stage) {
        EventHandler<WindowEvent> handler = stage.getOnCloseRequest();
        if (handler != null) {
            WindowEvent request = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            handler.handle(request);
            if (request.isConsumed()) {
                return;
            }
        }
        stage.close();
    }
}
