package com.allaccessartist.ui.people;

import atlantafx.base.controls.Message;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.FieldDecoration;
import com.allaccessartist.ui.editing.FormFields;
import java.time.LocalDate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Invite and Change dialog's content; see {@link GrantFormViewModel}. Enter saves, Esc cancels. */
public final class GrantDialogView {

    private final GrantFormViewModel form;

    @FXML private VBox root, accountBox;
    @FXML private HBox modeBox, roleBox, lastDayBox;
    @FXML private RadioButton existing, newAccount;
    @FXML private Label title, modeHint, emailLabel, emailError, nameLabel, nameError, passwordLabel, passwordError;
    @FXML private Label repeatLabel, repeatError, roleLabel, roleError, lastDayLabel, lastDayError;
    @FXML private TextField email, displayName;
    @FXML private PasswordField password, passwordRepeated;
    @FXML private ComboBox<PeopleGateway.RoleChoice> role;
    @FXML private DatePicker lastDay;
    @FXML private FlowPane flags;
    @FXML private Message error;
    @FXML private ProgressIndicator busy;
    @FXML private Button submit;

    public GrantDialogView(GrantFormViewModel form) {
        this.form = form;
    }

    @FXML
    private void initialize() {
        title.setText(form.title());
        submit.setText(form.submitLabel());
        FormFields.show(modeBox, Bindings.createBooleanBinding(form::newAccountOffered));
        newAccount.selectedProperty().bindBidirectional(form.newAccountProperty());
        existing.setSelected(!form.newAccountProperty().get());
        form.newAccountProperty().addListener((o, old, created) -> existing.setSelected(!created));
        modeHint.textProperty().bind(Bindings.when(form.newAccountProperty())
                .then(Messages.get("people.invite.new.hint")).otherwise(Messages.get("people.invite.existing.hint")));
        FormFields.show(modeHint, Bindings.createBooleanBinding(form::isInvite));
        FormFields.show(accountBox, form.newAccountProperty());
        form.newAccountProperty().addListener((o, old, now) -> Platform.runLater(this::fitWindow));
        FormFields.text(emailLabel, email, form.emailProperty(), emailError, form.emailCheck());
        email.setEditable(form.isInvite());
        FormFields.text(nameLabel, displayName, form.displayNameProperty(), nameError, form.displayNameCheck());
        FormFields.text(passwordLabel, password, form.passwordProperty(), passwordError, form.passwordCheck());
        FormFields.text(repeatLabel, passwordRepeated, form.passwordRepeatedProperty(), repeatError, form.repeatCheck());

        roleLabel.setLabelFor(role);
        role.setItems(form.roles());
        role.valueProperty().bindBidirectional(form.roleProperty());
        FieldDecoration.show(role, roleError, form.roleCheck().shownErrorProperty());
        FormFields.disabledWithReason(roleBox, role, new ReadOnlyStringWrapper(form.lastOwnerReason()));
        lastDayLabel.setLabelFor(lastDay);
        lastDay.valueProperty().bindBidirectional(form.lastDayProperty());
        lastDay.getEditor().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitTypedDate();
            }
        });
        FieldDecoration.show(lastDay, lastDayError, form.lastDayCheck().shownErrorProperty());
        FormFields.disabledWithReason(lastDayBox, lastDay, new ReadOnlyStringWrapper(form.lastOwnerReason()));

        for (FlagOption flag : form.flags()) {
            CheckBox box = new CheckBox(flag.label());
            box.setId("flag-" + flag.key());
            box.selectedProperty().bindBidirectional(flag.selectedProperty());
            HBox hover = new HBox(box);
            FormFields.disabledWithReason(hover, box, new ReadOnlyStringWrapper(flag.reason()));
            flags.getChildren().add(hover);
        }

        error.descriptionProperty().bind(form.errorProperty());
        FormFields.show(error, form.errorProperty().isNotEmpty());
        busy.visibleProperty().bind(form.busyProperty());
        submit.disableProperty().bind(form.busyProperty());
        Platform.runLater(() -> (form.isInvite() ? email : role).requestFocus());
    }

    /** The window grows or shrinks with the new-account fields, and stays on the screen. */
    private void fitWindow() {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            root.getScene().getWindow().sizeToScene();
            root.getScene().getWindow().centerOnScreen();
        }
    }

    /** A date typed without Enter still counts. */
    private void commitTypedDate() {
        String typed = lastDay.getEditor().getText();
        if (typed == null || typed.isBlank()) {
            lastDay.setValue(null);
            return;
        }
        try {
            LocalDate parsed = lastDay.getConverter().fromString(typed);
            lastDay.setValue(parsed);
        } catch (RuntimeException e) {
            // left as typed; the picker keeps its last valid value
        }
    }

    @FXML private void submit() { commitTypedDate(); form.submit(); }
    @FXML private void cancel() { form.cancel(); }
}
