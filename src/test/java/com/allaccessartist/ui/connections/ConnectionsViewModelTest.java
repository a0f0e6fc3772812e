package com.allaccessartist.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConnectionProblem;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.persistence.Database;
import com.allaccessartist.persistence.DatabaseConnector;
import com.allaccessartist.persistence.DatabaseOpenException;
import com.allaccessartist.persistence.SchemaStatus;
import com.allaccessartist.service.connection.ConnectionService;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionsViewModelTest {

    @TempDir
    Path temp;

    private final Preferences node = Preferences.userRoot().node("aaa-test/connections-" + UUID.randomUUID());
    private final DatabaseConnector connector = mock(DatabaseConnector.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final List<ConnectionProfile> used = new ArrayList<>();
    private ConnectionProfileStore store;
    private ConnectionsViewModel viewModel;
    private ProfileEditor editor;

    @BeforeEach
    void setUp() {
        store = new ConnectionProfileStore(node, temp.resolve("catalogue.mv.db"));
        viewModel = new ConnectionsViewModel(new ConnectionService(store, connector), new CurrentThreadTaskExecutor(),
                dialogs, temp, used::add);
        editor = viewModel.editor();
    }

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    private void enterRemote() {
        viewModel.newRemote();
        editor.nameProperty().set("Label server");
        editor.hostProperty().set("db.label.com");
        editor.databaseProperty().set("catalogue");
        editor.roleProperty().set("ada");
    }

    @Test
    void listsTheDefaultLocalFileFirstAndSelectsTheActiveOne() {
        assertThat(viewModel.profiles()).extracting(ProfileItem::name).containsExactly(ConnectionProfileStore.DEFAULT_LOCAL_NAME);
        ProfileItem item = viewModel.selectedProperty().get();
        assertThat(item.builtIn()).isTrue();
        assertThat(item.active()).isTrue();
        assertThat(editor.builtInProperty().get()).isTrue();
        assertThat(editor.fileProperty().get()).isEqualTo(temp.resolve("catalogue.mv.db").toString());
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        assertThat(viewModel.canDeleteProperty().get()).isFalse();
        assertThat(viewModel.canUseProperty().get()).isTrue();
    }

    @Test
    void aRemoteProfileCanBeSavedOnlyWhenEveryFieldIsValid() {
        viewModel.newRemote();
        assertThat(editor.portProperty().get()).isEqualTo("5432");
        assertThat(viewModel.canSaveProperty().get()).isFalse();

        enterRemote();
        assertThat(viewModel.canSaveProperty().get()).isTrue();

        editor.portProperty().set("70000");
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        assertThat(editor.portCheck().shownErrorProperty().get()).isEqualTo(Messages.get("connection.validation.port"));
        editor.portProperty().set("5433");

        editor.hostProperty().set("db label com");
        assertThat(editor.hostCheck().shownErrorProperty().get()).isEqualTo(Messages.get("connection.validation.host"));
        editor.hostProperty().set("db.label.com");

        editor.roleProperty().set("1ada");
        assertThat(editor.roleCheck().shownErrorProperty().get()).isEqualTo(Messages.get("connection.validation.role"));
        editor.roleProperty().set("ada");
        assertThat(viewModel.canSaveProperty().get()).isTrue();
    }

    @Test
    void theDefaultNameIsReservedForTheDefaultFile() {
        viewModel.newLocal();
        editor.nameProperty().set(ConnectionProfileStore.DEFAULT_LOCAL_NAME);
        assertThat(editor.nameCheck().shownErrorProperty().get())
                .isEqualTo(Messages.format("connection.nameReserved", ConnectionProfileStore.DEFAULT_LOCAL_NAME));
    }

    @Test
    void savingKeepsTheProfileWithoutAnyPassword() {
        enterRemote();
        editor.testSecretProperty().set("secret");

        viewModel.save();

        ConnectionProfile saved = store.find("Label server").orElseThrow();
        assertThat(saved).isEqualTo(new ConnectionProfile.Remote("Label server", "db.label.com", 5432, "catalogue", "ada",
                ConnectionProfile.SslMode.PREFER));
        assertThat(viewModel.profiles()).extracting(ProfileItem::name).contains("Label server");
        assertThat(viewModel.selectedProperty().get().name()).isEqualTo("Label server");
        assertThat(viewModel.canDeleteProperty().get()).isTrue();
    }

    @Test
    void testConnectionReportsAnUnreachableServer() {
        when(connector.test(any(), any())).thenThrow(new DatabaseOpenException(ConnectionProblem.UNREACHABLE, null,
                "jdbc:postgresql://db.label.com:5432/catalogue", "ada"));
        enterRemote();
        editor.testSecretProperty().set("secret");

        viewModel.test();

        assertThat(viewModel.testStateProperty().get()).isEqualTo(ConnectionsViewModel.TestState.FAILED);
        assertThat(viewModel.testMessageProperty().get()).isEqualTo(Messages.format("connection.problem.unreachable",
                "jdbc:postgresql://db.label.com:5432/catalogue", "ada"));
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void testConnectionReportsAWrongPasswordAndMissingOrOlderSchemas() {
        enterRemote();
        when(connector.test(any(), any())).thenThrow(new DatabaseOpenException(ConnectionProblem.AUTHENTICATION_FAILED,
                null, "jdbc:postgresql://db.label.com/catalogue", "ada"));
        viewModel.test();
        assertThat(viewModel.testMessageProperty().get()).contains("ada").isEqualTo(
                Messages.format("connection.problem.authentication", "jdbc:postgresql://db.label.com/catalogue", "ada"));

        DatabaseConnector missing = mock(DatabaseConnector.class);
        when(missing.test(any(), any())).thenReturn(new SchemaStatus(SchemaStatus.State.MISSING, null, "3"));
        ConnectionsViewModel other = new ConnectionsViewModel(new ConnectionService(store, missing),
                new CurrentThreadTaskExecutor(), dialogs, temp, used::add);
        other.newRemote();
        other.editor().hostProperty().set("db.label.com");
        other.editor().databaseProperty().set("catalogue");
        other.editor().roleProperty().set("ada");
        other.test();
        assertThat(other.testStateProperty().get()).isEqualTo(ConnectionsViewModel.TestState.FAILED);
        assertThat(other.testMessageProperty().get()).isEqualTo(Messages.format("connection.problem.schemaMissing",
                "db.label.com/catalogue"));

        when(missing.test(any(), any())).thenReturn(new SchemaStatus(SchemaStatus.State.OLDER, "2", "3"));
        other.test();
        assertThat(other.testMessageProperty().get()).isEqualTo(Messages.format("connection.problem.schemaOlder", "2", "3"));
    }

    @Test
    void testConnectionSaysSoWhenItWorks() {
        when(connector.test(any(), any())).thenReturn(new SchemaStatus(SchemaStatus.State.CURRENT, "3", "3"));
        enterRemote();

        viewModel.test();

        assertThat(viewModel.testStateProperty().get()).isEqualTo(ConnectionsViewModel.TestState.OK);
        assertThat(viewModel.testMessageProperty().get()).isEqualTo(Messages.format("connection.check.ok", "3"));

        editor.hostProperty().set("db2.label.com");
        assertThat(viewModel.testMessageProperty().get()).isEmpty();
    }

    @Test
    void useSavesMakesActiveAndHandsOver() {
        enterRemote();

        viewModel.use();

        assertThat(store.active().name()).isEqualTo("Label server");
        assertThat(used).extracting(ConnectionProfile::name).containsExactly("Label server");
    }

    @Test
    void deleteAsksFirstAndRemovesTheSavedProfile() {
        enterRemote();
        viewModel.save();
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(false, true);

        viewModel.delete();
        assertThat(store.find("Label server")).isPresent();

        viewModel.delete();
        assertThat(store.find("Label server")).isEmpty();
        assertThat(viewModel.selectedProperty().get().builtIn()).isTrue();
    }

    @Test
    void aNewEncryptedFileNeedsItsPassphraseTwiceAndIsCreatedOnSave() {
        Path file = temp.resolve("secret.mv.db");
        when(dialogs.chooseFileToSave(anyString(), eq(temp), anyString(), any())).thenReturn(Optional.of(file));
        when(connector.createEncrypted(any(), any())).thenReturn(mock(Database.class));
        viewModel.newLocal();
        viewModel.chooseNewFile();
        assertThat(editor.fileProperty().get()).isEqualTo(file.toString());
        assertThat(editor.encryptAvailableProperty().get()).isTrue();

        editor.encryptProperty().set(true);
        assertThat(viewModel.canSaveProperty().get()).isFalse();
        editor.passphraseProperty().set("a long passphrase");
        editor.passphraseRepeatedProperty().set("a long passphrase!");
        assertThat(editor.repeatCheck().shownErrorProperty().get()).isEqualTo(Messages.get("validation.password.mismatch"));
        editor.passphraseRepeatedProperty().set("a long passphrase");
        assertThat(viewModel.canSaveProperty().get()).isTrue();

        viewModel.save();

        verify(connector).createEncrypted(eq(new ConnectionProfile.LocalFile("My catalogue file", file)), any());
        assertThat(store.find("My catalogue file")).isPresent();
    }

    @Test
    void aNameAlreadyUsedIsRefused() {
        enterRemote();
        viewModel.save();
        enterRemote();

        viewModel.save();

        verify(dialogs).showError(Messages.format("connection.validation.nameTaken", "Label server"));
        verify(connector, never()).createEncrypted(any(), any());
    }
}
