package com.allaccessartist.ui.signin;

import atlantafx.base.controls.Message;
import com.allaccessartist.ui.common.FieldDecoration;
import com.allaccessartist.ui.common.Windows;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sign-in card: layout and bindings only; everything it does is in {@link SignInViewModel}. */
public final class SignInView {

    private final SignInViewModel viewModel;

    @FXML private ImageView logo;
    @FXML private Label title;
    @FXML private FontIcon catalogueIcon;
    @FXML private Label catalogueName;
    @FXML private Label catalogueLocation;
    @FXML private VBox openingPane;
    @FXML private VBox unlockPane;
    @FXML private VBox signInPane;
    @FXML private Label secretLabel;
    @FXML private PasswordField secret;
    @FXML private Label emailLabel;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private Label passwordLabel;
    @FXML private PasswordField password;
    @FXML private Message error;
    @FXML private Button submit;
    @FXML private Button retry;

    public SignInView(SignInViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        if (!Windows.icons().isEmpty()) {
            logo.setImage(Windows.icons().get(Windows.icons().size() - 1));
        }
        title.textProperty().bind(viewModel.titleProperty());
        catalogueIcon.setIconLiteral(viewModel.remoteCatalogue() ? "fth-server" : "fth-hard-drive");
        catalogueName.setText(viewModel.catalogueName());
        catalogueLocation.setText(viewModel.catalogueLocation());
        catalogueLocation.setTooltip(new Tooltip(viewModel.catalogueLocation()));
        secretLabel.setText(viewModel.secretLabel());
        secretLabel.setLabelFor(secret);
        emailLabel.setLabelFor(email);
        passwordLabel.setLabelFor(password);

        show(openingPane, viewModel.showsStep(SignInViewModel.Step.OPENING));
        show(unlockPane, viewModel.showsStep(SignInViewModel.Step.UNLOCK));
        show(signInPane, viewModel.showsStep(SignInViewModel.Step.SIGN_IN));
        show(retry, viewModel.showsStep(SignInViewModel.Step.OPEN_FAILED));
        show(submit, viewModel.submitVisible());
        show(error, viewModel.errorProperty().isNotEmpty());

        email.textProperty().bindBidirectional(viewModel.emailProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        secret.textProperty().bindBidirectional(viewModel.secretProperty());
        FieldDecoration.show(email, emailError, viewModel.emailCheck().shownErrorProperty());
        error.descriptionProperty().bind(viewModel.errorProperty());
        submit.textProperty().bind(viewModel.submitTextProperty());
        submit.disableProperty().bind(viewModel.canSubmitProperty().not());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(16, 16);
        submit.graphicProperty().bind(Bindings.when(viewModel.busyProperty()).then((Node) working).otherwise((Node) null));
        signInPane.disableProperty().bind(viewModel.busyProperty());
        unlockPane.disableProperty().bind(viewModel.busyProperty());

        viewModel.stepProperty().addListener((observable, old, step) -> focusFor(step));
        viewModel.errorProperty().addListener((observable, old, message) -> {
            if (!message.isEmpty()) {
                focusFor(viewModel.stepProperty().get());
            }
        });
        focusFor(viewModel.stepProperty().get());
    }

    private void focusFor(SignInViewModel.Step step) {
        Node target = switch (step) {
            case UNLOCK -> secret;
            case SIGN_IN -> email.getText().isBlank() ? email : password;
            case OPEN_FAILED -> retry;
            case OPENING -> null;
        };
        if (target != null) {
            Platform.runLater(target::requestFocus);
        }
    }

    private static void show(Node node, BooleanBinding condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML
    private void submit() {
        viewModel.submit();
    }

    @FXML
    private void retry() {
        viewModel.retry();
    }

    @FXML
    private void manageConnections() {
        viewModel.manageConnections();
    }
}
