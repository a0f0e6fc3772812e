package com.allaccessartist.ui.connections;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.FieldDecoration;
import com.allaccessartist.ui.common.Windows;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The connection manager window's content: layout and bindings only; see {@link ConnectionsViewModel}. */
public final class ConnectionsView {

    private final ConnectionsViewModel viewModel;
    private final ProfileEditor editor;

    @FXML private ListView<ProfileItem> profiles;
    @FXML private VBox editorPane;
    @FXML private Label editorTitle, builtInNote, nameLabel, nameError, fileLabel, fileError, passphraseLabel, passphraseError;
    @FXML private Label repeatLabel, repeatError, passphraseHint, hostLabel, hostError, portLabel, portError;
    @FXML private Label databaseLabel, databaseError, roleLabel, roleError, sslLabel, testSecretLabel;
    @FXML private TextField name, file, host, port, database, role;
    @FXML private PasswordField passphrase, passphraseRepeated, testSecret;
    @FXML private CheckBox encrypt;
    @FXML private ComboBox<SslChoice> sslMode;
    @FXML private GridPane localForm, remoteForm;
    @FXML private VBox passphraseBox, repeatBox;
    @FXML private Button openFile, newFile, test, delete, save, use;
    @FXML private Message testResult;

    public ConnectionsView(ConnectionsViewModel viewModel) {
        this.viewModel = viewModel;
        this.editor = viewModel.editor();
    }

    @FXML
    private void initialize() {
        profiles.setItems(viewModel.profiles());
        profiles.setCellFactory(list -> new ProfileCell());
        profiles.getSelectionModel().select(viewModel.selectedProperty().get());
        profiles.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> viewModel.selectedProperty().set(item));
        viewModel.selectedProperty().addListener((o, old, item) -> profiles.getSelectionModel().select(item));

        editorTitle.textProperty().bind(Bindings.createStringBinding(() -> Messages.get(editor.localProperty().get()
                ? "connection.editor.local" : "connection.editor.remote"), editor.localProperty()));
        show(builtInNote, editor.builtInProperty());
        show(localForm, editor.localProperty());
        show(remoteForm, editor.localProperty().not());
        show(encrypt, editor.encryptAvailableProperty());
        show(passphraseLabel, editor.encryptingProperty());
        show(passphraseBox, editor.encryptingProperty());
        show(repeatLabel, editor.encryptingProperty());
        show(repeatBox, editor.encryptingProperty());
        show(testSecretLabel, editor.needsTestSecretProperty());
        show(testSecret, editor.needsTestSecretProperty());
        show(testResult, viewModel.testMessageProperty().isNotEmpty());

        field(nameLabel, name, editor.nameProperty(), nameError, editor.nameCheck());
        field(fileLabel, file, editor.fileProperty(), fileError, editor.fileCheck());
        field(passphraseLabel, passphrase, editor.passphraseProperty(), passphraseError, editor.passphraseCheck());
        field(repeatLabel, passphraseRepeated, editor.passphraseRepeatedProperty(), repeatError, editor.repeatCheck());
        field(hostLabel, host, editor.hostProperty(), hostError, editor.hostCheck());
        field(portLabel, port, editor.portProperty(), portError, editor.portCheck());
        field(databaseLabel, database, editor.databaseProperty(), databaseError, editor.databaseCheck());
        field(roleLabel, role, editor.roleProperty(), roleError, editor.roleCheck());
        name.editableProperty().bind(editor.builtInProperty().not());
        file.editableProperty().bind(editor.builtInProperty().not());
        openFile.disableProperty().bind(editor.builtInProperty());
        newFile.disableProperty().bind(editor.builtInProperty());
        encrypt.selectedProperty().bindBidirectional(editor.encryptProperty());
        testSecret.textProperty().bindBidirectional(editor.testSecretProperty());
        testSecretLabel.setLabelFor(testSecret);
        editor.kindProperty().addListener((o, old, kind) -> testSecretLabel.setText(editor.testSecretLabel()));
        editor.fileProperty().addListener((o, old, value) -> testSecretLabel.setText(editor.testSecretLabel()));
        testSecretLabel.setText(editor.testSecretLabel());

        sslLabel.setLabelFor(sslMode);
        sslMode.getItems().setAll(editor.sslChoices());
        sslMode.valueProperty().bindBidirectional(editor.sslModeProperty());

        testResult.descriptionProperty().bind(viewModel.testMessageProperty());
        viewModel.testStateProperty().addListener((o, old, state) -> styleTestResult(state));
        test.disableProperty().bind(viewModel.canTestProperty().not());
        delete.disableProperty().bind(viewModel.canDeleteProperty().not());
        save.disableProperty().bind(viewModel.canSaveProperty().not());
        use.disableProperty().bind(viewModel.canUseProperty().not());
    }

    private void styleTestResult(ConnectionsViewModel.TestState state) {
        testResult.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.ACCENT);
        testResult.getStyleClass().add(switch (state) {
            case OK -> Styles.SUCCESS;
            case FAILED -> Styles.DANGER;
            default -> Styles.ACCENT;
        });
    }

    private static void field(Label label, TextInputControl input, javafx.beans.property.StringProperty value,
                              Label error, FieldCheck check) {
        label.setLabelFor(input);
        input.textProperty().bindBidirectional(value);
        FieldDecoration.show((Control) input, error, check.shownErrorProperty());
    }

    private static void show(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    @FXML private void newLocal() { viewModel.newLocal(); name.requestFocus(); }
    @FXML private void newRemote() { viewModel.newRemote(); name.requestFocus(); }
    @FXML private void chooseExistingFile() { viewModel.chooseExistingFile(); }
    @FXML private void chooseNewFile() { viewModel.chooseNewFile(); }
    @FXML private void test() { viewModel.test(); }
    @FXML private void save() { viewModel.save(); }
    @FXML private void delete() { viewModel.delete(); }
    @FXML private void use() { viewModel.use(); }
    @FXML private void close() { Windows.requestClose((Stage) editorPane.getScene().getWindow()); }
}
