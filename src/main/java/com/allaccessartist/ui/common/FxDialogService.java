package com.allaccessartist.ui.common;

import atlantafx.base.theme.Styles;
import com.allaccessartist.domain.Messages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The JavaFX dialogs: AtlantaFX-styled alerts, choices, file choosers, the progress window and
 * About. Every dialog is owned by the window the person is working in, and Esc cancels it.
 */
public final class FxDialogService implements DialogService {

    static final ButtonType OK = new ButtonType(Messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CANCEL = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    static final ButtonType CLOSE = new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);

    private final Supplier<Window> owner;

    /** @param owner the window dialogs belong to (the focused one, or the main window) */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    /** The focused window of the application, else {@code fallback}. */
    public static Supplier<Window> focusedWindowOr(Supplier<Window> fallback) {
        return () -> Window.getWindows().stream().filter(Window::isFocused).findFirst().orElseGet(fallback);
    }

    @Override
    public void showError(String message) {
        Alert alert = alert(Alert.AlertType.ERROR, Messages.get("dialog.error.title"), message, CLOSE);
        alert.showAndWait();
    }

    @Override
    public void showError(Throwable failure) {
        showError(ErrorText.of(failure));
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, OK).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, confirm, CANCEL);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<Choice<T>> choices) {
        Dialog<T> dialog = new Dialog<>();
        prepare(dialog, title);
        dialog.getDialogPane().setHeaderText(title);
        ToggleGroup group = new ToggleGroup();
        VBox options = new VBox(14);
        Label intro = new Label(message);
        intro.setWrapText(true);
        options.getChildren().add(intro);
        for (Choice<T> choice : choices) {
            RadioButton button = new RadioButton(choice.label());
            button.setUserData(choice.value());
            button.setToggleGroup(group);
            Styles.toggleStyleClass(button, Styles.TEXT_BOLD);
            Label description = new Label(choice.description());
            description.setWrapText(true);
            description.getStyleClass().add(Styles.TEXT_MUTED);
            description.setPadding(new Insets(0, 0, 0, 26));
            options.getChildren().add(new VBox(4, button, description));
        }
        if (!group.getToggles().isEmpty()) {
            group.selectToggle(group.getToggles().get(0));
        }
        options.setPrefWidth(460);
        dialog.getDialogPane().setContent(options);
        dialog.getDialogPane().getButtonTypes().setAll(OK, CANCEL);
        dialog.setResultConverter(button -> {
            if (button != OK || group.getSelectedToggle() == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            T value = (T) group.getSelectedToggle().getUserData();
            return value;
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialFolder, String initialName, FileType type) {
        FileChooser chooser = chooser(title, initialFolder, type);
        chooser.setInitialFileName(initialName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialFolder, FileType type) {
        return Optional.ofNullable(chooser(title, initialFolder, type).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public ProgressHandle showProgress(String title, Runnable onCancel) {
        return ProgressWindow.open(owner.get(), title, onCancel);
    }

    @Override
    public void showAbout(AboutInfo about) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, Messages.get("about.title"));
        DialogPane pane = dialog.getDialogPane();
        pane.setHeaderText(Messages.get("app.name") + "\n" + Messages.format("about.version", about.version()));
        if (!Windows.icons().isEmpty()) {
            ImageView icon = new ImageView(Windows.icons().get(Windows.icons().size() - 1));
            icon.setFitWidth(64);
            icon.setFitHeight(64);
            pane.setGraphic(icon);
        }
        Label details = new Label(Messages.format("about.details", about.javaVersion(), about.javafxVersion(),
                about.dataFolder().toString(), about.logFile().toString()));
        details.setWrapText(true);
        details.setPrefWidth(520);
        pane.setContent(details);
        ButtonType openFolder = new ButtonType(Messages.get("about.openLogFolder"), ButtonBar.ButtonData.LEFT);
        if (about.openLogFolder() != null) {
            pane.getButtonTypes().add(openFolder);
        }
        pane.getButtonTypes().add(CLOSE);
        dialog.showAndWait().filter(openFolder::equals).ifPresent(button -> about.openLogFolder().run());
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        prepare(alert, title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(440);
        return alert;
    }

    private void prepare(Dialog<?> dialog, String title) {
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
        dialog.setTitle(title);
        dialog.getDialogPane().getStylesheets().add(Themes.APP_STYLESHEET);
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            stage.getIcons().setAll(Windows.icons());
        }
    }

    private static FileChooser chooser(String title, Path initialFolder, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        if (type != null) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.globs()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.type.all"), "*"));
        }
        return chooser;
    }
}
