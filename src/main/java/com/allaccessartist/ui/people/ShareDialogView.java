package com.allaccessartist.ui.people;

import atlantafx.base.controls.Message;
import com.allaccessartist.ui.editing.FormFields;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;

/** The Set revenue share dialog's content; see {@link ShareFormViewModel}. Enter saves, Esc cancels. */
public final class ShareDialogView {

    private final ShareFormViewModel form;

    @FXML private Label title, hint, shareLabel, shareError;
    @FXML private TextField share;
    @FXML private Message error;
    @FXML private ProgressIndicator busy;
    @FXML private Button submit;

    public ShareDialogView(ShareFormViewModel form) {
        this.form = form;
    }

    @FXML
    private void initialize() {
        title.setText(form.title());
        hint.setText(form.hint());
        FormFields.text(shareLabel, share, form.shareProperty(), shareError, form.shareCheck());
        error.descriptionProperty().bind(form.errorProperty());
        FormFields.show(error, form.errorProperty().isNotEmpty());
        busy.visibleProperty().bind(form.busyProperty());
        submit.disableProperty().bind(form.busyProperty());
        Platform.runLater(() -> {
            share.requestFocus();
            share.selectAll();
        });
    }

    @FXML private void submit() { form.submit(); }
    @FXML private void cancel() { form.cancel(); }
}
