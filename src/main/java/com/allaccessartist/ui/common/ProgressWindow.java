package com.allaccessartist.ui.common;

import atlantafx.base.theme.Styles;
import com.allaccessartist.domain.Messages;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The modal progress window of long work: what is happening, how far it is, and Cancel (also
 * Esc and the window's close button), which asks the work to stop cooperatively. After Cancel
 * the window stays until the work has rolled back and the owner closes it.
 */
final class ProgressWindow implements DialogService.ProgressHandle {

    private final Stage stage;
    private final ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
    private final Label message = new Label(Messages.get("progress.starting"));
    private final Button cancel = new Button(Messages.get("dialog.cancel"));
    private boolean cancelRequested;

    private ProgressWindow(Window owner, String title, Runnable onCancel) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        bar.setMaxWidth(Double.MAX_VALUE);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setWrapText(true);
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> requestCancel(onCancel));
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(14, heading, bar, message, buttons);
        root.getStyleClass().add("progress-window");
        root.setPrefWidth(460);
        stage = Windows.modal(owner, title, root);
        stage.setResizable(false);
        stage.setOnCloseRequest(event -> {
            event.consume();
            requestCancel(onCancel);
        });
    }

    static ProgressWindow open(Window owner, String title, Runnable onCancel) {
        ProgressWindow window = new ProgressWindow(owner, title, onCancel);
        window.stage.show();
        return window;
    }

    private void requestCancel(Runnable onCancel) {
        if (cancelRequested) {
            return;
        }
        cancelRequested = true;
        cancel.setDisable(true);
        message.setText(Messages.get("progress.cancelling"));
        onCancel.run();
    }

    @Override
    public void update(TaskProgress progress) {
        bar.setProgress(progress.fraction() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : progress.fraction());
        if (!cancelRequested && !progress.message().isEmpty()) {
            message.setText(progress.message());
        }
    }

    @Override
    public void close() {
        stage.setOnCloseRequest(null);
        stage.close();
    }
}
