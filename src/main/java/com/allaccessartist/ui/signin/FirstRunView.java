package com.allaccessartist.ui.signin;

import atlantafx.base.controls.Message;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.ui.common.FieldDecoration;
import com.allaccessartist.ui.common.Windows;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The first-run form: layout and bindings only; see {@link FirstRunViewModel}. */
public final class FirstRunView {

    private final FirstRunViewModel viewModel;

    @FXML private VBox card;
    @FXML private ImageView logo;
    @FXML private Label catalogue;
    @FXML private Label emailLabel;
    @FXML private TextField email;
    @FXML private Label emailError;
    @FXML private Label displayNameLabel;
    @FXML private TextField displayName;
    @FXML private Label displayNameError;
    @FXML private Label passwordLabel;
    @FXML private PasswordField password;
    @FXML private Label passwordError;
    @FXML private Label repeatLabel;
    @FXML private PasswordField passwordRepeated;
    @FXML private Label repeatError;
    @FXML private Label organizationNameLabel;
    @FXML private TextField organizationName;
    @FXML private Label organizationNameError;
    @FXML private Label organizationTypeLabel;
    @FXML private ComboBox<OrganizationType> organizationType;
    @FXML private Label organizationTypeError;
    @FXML private Message error;
    @FXML private Button create;
    @FXML private ProgressIndicator working;

    public FirstRunView(FirstRunViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        if (!Windows.icons().isEmpty()) {
            logo.setImage(Windows.icons().get(Windows.icons().size() - 1));
        }
        catalogue.setText(viewModel.catalogueLocation());
        emailLabel.setLabelFor(email);
        displayNameLabel.setLabelFor(displayName);
        passwordLabel.setLabelFor(password);
        repeatLabel.setLabelFor(passwordRepeated);
        organizationNameLabel.setLabelFor(organizationName);
        organizationTypeLabel.setLabelFor(organizationType);

        email.textProperty().bindBidirectional(viewModel.emailProperty());
        displayName.textProperty().bindBidirectional(viewModel.displayNameProperty());
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        passwordRepeated.textProperty().bindBidirectional(viewModel.passwordRepeatedProperty());
        organizationName.textProperty().bindBidirectional(viewModel.organizationNameProperty());
        organizationType.getItems().setAll(viewModel.organizationTypes());
        organizationType.setConverter(new StringConverter<>() {
            @Override
            public String toString(OrganizationType type) {
                return viewModel.typeLabel(type);
            }

            @Override
            public OrganizationType fromString(String text) {
                return organizationType.getItems().stream().filter(t -> viewModel.typeLabel(t).equals(text))
                        .findFirst().orElse(null);
            }
        });
        organizationType.valueProperty().bindBidirectional(viewModel.organizationTypeProperty());

        FieldDecoration.show(email, emailError, viewModel.emailCheck().shownErrorProperty());
        FieldDecoration.show(displayName, displayNameError, viewModel.displayNameCheck().shownErrorProperty());
        FieldDecoration.show(password, passwordError, viewModel.passwordCheck().shownErrorProperty());
        FieldDecoration.show(passwordRepeated, repeatError, viewModel.repeatCheck().shownErrorProperty());
        FieldDecoration.show(organizationName, organizationNameError, viewModel.organizationNameCheck().shownErrorProperty());
        FieldDecoration.show(organizationType, organizationTypeError, viewModel.organizationTypeCheck().shownErrorProperty());

        error.descriptionProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(viewModel.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        create.disableProperty().bind(viewModel.canCreateProperty().not());
        working.visibleProperty().bind(viewModel.busyProperty());
        card.disableProperty().bind(viewModel.busyProperty());
        Platform.runLater(email::requestFocus);
    }

    @FXML
    private void create() {
        viewModel.create();
    }
}
