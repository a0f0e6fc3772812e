package com.allaccessartist.ui.connections;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.service.connection.ConnectionCheck;
import com.allaccessartist.service.connection.ConnectionService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The connection manager: the saved profiles (the default local file first), an editor for
 * the selected or a new one, Test connection, Save, Delete and "Use this connection", which
 * makes it the active profile and hands over to the sign-in flow.
 */
public final class ConnectionsViewModel {

    /** What the last Test connection said. */
    public enum TestState { NONE, RUNNING, OK, FAILED }

    private final ConnectionService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Path defaultFolder;
    private final Consumer<ConnectionProfile> onUse;
    private final ProfileEditor editor = new ProfileEditor();
    private final ObservableList<ProfileItem> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ProfileItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<TestState> testState = new ReadOnlyObjectWrapper<>(this, "testState", TestState.NONE);
    private final ReadOnlyStringWrapper testMessage = new ReadOnlyStringWrapper(this, "testMessage", "");
    private final BooleanBinding canSave = editor.validProperty().and(editor.builtInProperty().not()).and(busy.not());
    private final BooleanBinding canDelete;
    private final BooleanBinding canTest = editor.validProperty().and(busy.not());
    private final BooleanBinding canUse = editor.validProperty().and(busy.not());

    /**
     * @param defaultFolder where the file choosers start (the data folder)
     * @param onUse         called with the profile made active by "Use this connection"
     */
    public ConnectionsViewModel(ConnectionService service, TaskExecutor executor, DialogService dialogs,
                                Path defaultFolder, Consumer<ConnectionProfile> onUse) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.defaultFolder = defaultFolder;
        this.onUse = onUse;
        canDelete = selected.isNotNull().and(editor.builtInProperty().not()).and(busy.not());
        selected.addListener((observable, old, item) -> {
            if (item != null) {
                find(item.name()).ifPresent(profile -> editor.load(profile, item.builtIn()));
                clearTest();
            }
        });
        for (javafx.beans.Observable edited : List.of(editor.kindProperty(), editor.fileProperty(), editor.hostProperty(),
                editor.portProperty(), editor.databaseProperty(), editor.roleProperty(), editor.sslModeProperty())) {
            edited.addListener(observable -> clearTest());
        }
        reload(service.active().name());
    }

    private void reload(String selectName) {
        String active = service.active().name();
        profiles.setAll(service.profiles().stream().map(p -> new ProfileItem(p.name(), p.describe(),
                p instanceof ConnectionProfile.Remote, p.name().equals(active),
                p.name().equals(ConnectionProfileStore.DEFAULT_LOCAL_NAME))).toList());
        selected.set(profiles.stream().filter(item -> item.name().equals(selectName)).findFirst()
                .orElse(profiles.isEmpty() ? null : profiles.get(0)));
    }

    private Optional<ConnectionProfile> find(String name) {
        return service.profiles().stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public void newLocal() {
        selected.set(null);
        editor.startNew(ProfileEditor.Kind.LOCAL, Messages.get("connection.new.localName"));
        clearTest();
    }

    public void newRemote() {
        selected.set(null);
        editor.startNew(ProfileEditor.Kind.REMOTE, Messages.get("connection.new.remoteName"));
        clearTest();
    }

    public void chooseExistingFile() {
        dialogs.chooseFileToOpen(Messages.get("connection.file.open"), defaultFolder, catalogueFiles())
                .ifPresent(path -> editor.fileProperty().set(path.toString()));
    }

    public void chooseNewFile() {
        dialogs.chooseFileToSave(Messages.get("connection.file.new"), defaultFolder, "catalogue.mv.db", catalogueFiles())
                .ifPresent(path -> editor.fileProperty().set(path.toString()));
    }

    private static DialogService.FileType catalogueFiles() {
        return new DialogService.FileType(Messages.get("file.type.catalogue"), "*.mv.db");
    }

    public void save() {
        store(null);
    }

    /** Saves (unless it is the default file), makes it the active profile and hands over to sign-in. */
    public void use() {
        editor.revealAll();
        if (!canUse.get()) {
            return;
        }
        if (editor.builtInProperty().get()) {
            activate(editor.toProfile());
        } else {
            store(this::activate);
        }
    }

    private void activate(ConnectionProfile profile) {
        service.setActive(profile);
        onUse.accept(profile);
    }

    private void store(Consumer<ConnectionProfile> then) {
        editor.revealAll();
        if (!canSave.get()) {
            return;
        }
        ConnectionProfile profile = editor.toProfile();
        String original = editor.originalName();
        if (!profile.name().equals(original) && find(profile.name()).isPresent()) {
            dialogs.showError(Messages.format("connection.validation.nameTaken", profile.name()));
            return;
        }
        boolean encrypting = editor.isEncrypting();
        char[] passphrase = editor.passphraseProperty().get().toCharArray();
        char[] repeated = editor.passphraseRepeatedProperty().get().toCharArray();
        busy.set(true);
        executor.submit(BackgroundTask.running(context -> {
                    try {
                        if (encrypting) {
                            // creates the file and its key; it is opened again when the person signs in
                            Database created = service.createEncryptedFile((ConnectionProfile.LocalFile) profile, passphrase, repeated);
                            created.close();
                        }
                        service.save(profile);
                        if (original != null && !original.equals(profile.name())) {
                            service.delete(find(original).orElse(profile));
                        }
                    } finally {
                        java.util.Arrays.fill(passphrase, '\0');
                        java.util.Arrays.fill(repeated, '\0');
                    }
                })
                .onSuccess(done -> {
                    reload(profile.name());
                    if (then != null) {
                        then.accept(profile);
                    }
                })
                .onFailure(dialogs::showError)
                .onFinished(() -> busy.set(false)));
    }

    public void delete() {
        ProfileItem item = selected.get();
        if (item == null || item.builtIn()) {
            return;
        }
        if (!dialogs.confirm(Messages.get("connection.delete.title"),
                Messages.format("connection.delete.message", item.name()), Messages.get("connection.delete.confirm"))) {
            return;
        }
        try {
            find(item.name()).ifPresent(service::delete);
        } catch (AppException e) {
            dialogs.showError(e);
        }
        reload(service.active().name());
    }

    /** Tries the connection as entered and reports success or the reason it fails. */
    public void test() {
        editor.revealAll();
        if (!canTest.get()) {
            return;
        }
        ConnectionProfile profile = editor.toProfile();
        char[] secret = editor.needsTestSecretProperty().get() ? editor.testSecretProperty().get().toCharArray() : null;
        testState.set(TestState.RUNNING);
        testMessage.set(Messages.get("connection.testing"));
        busy.set(true);
        executor.submit(BackgroundTask.of(context -> {
                    try {
                        return service.test(profile, secret);
                    } finally {
                        if (secret != null) {
                            java.util.Arrays.fill(secret, '\0');
                        }
                    }
                })
                .onSuccess(this::tested)
                .onFailure(failure -> {
                    testState.set(TestState.FAILED);
                    testMessage.set(ErrorText.of(failure));
                })
                .onFinished(() -> busy.set(false)));
    }

    private void tested(ConnectionCheck check) {
        testState.set(check.usable() ? TestState.OK : TestState.FAILED);
        testMessage.set(Messages.format(check.messageKey(), check.args()));
    }

    private void clearTest() {
        if (testState.get() != TestState.RUNNING) {
            testState.set(TestState.NONE);
            testMessage.set("");
        }
    }

    public ProfileEditor editor() { return editor; }
    public ObservableList<ProfileItem> profiles() { return profiles; }
    public ObjectProperty<ProfileItem> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TestState> testStateProperty() { return testState.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testMessageProperty() { return testMessage.getReadOnlyProperty(); }
    public BooleanBinding canSaveProperty() { return canSave; }
    public BooleanBinding canDeleteProperty() { return canDelete; }
    public BooleanBinding canTestProperty() { return canTest; }
    public BooleanBinding canUseProperty() { return canUse; }
}
