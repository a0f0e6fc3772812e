package com.allaccessartist.ui.connections;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConnectionProfile;
import com.allaccessartist.persistence.ConnectionProfileStore;
import com.allaccessartist.service.auth.PasswordPolicy;
import com.allaccessartist.service.connection.ProfileRules;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.FormChecks;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The fields of the profile being edited in the connection manager, with a check per field
 * (the rules of {@link ProfileRules} and {@link PasswordPolicy}; only the fields of the chosen
 * kind count). Passphrases and passwords typed here are never saved.
 */
public final class ProfileEditor {

    /** Which kind of catalogue the profile reaches. */
    public enum Kind { LOCAL, REMOTE }

    static final String DEFAULT_PORT = "5432";

    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.LOCAL);
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final BooleanProperty encrypt = new SimpleBooleanProperty(this, "encrypt");
    private final StringProperty passphrase = new SimpleStringProperty(this, "passphrase", "");
    private final StringProperty passphraseRepeated = new SimpleStringProperty(this, "passphraseRepeated", "");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", DEFAULT_PORT);
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final ObjectProperty<SslChoice> sslMode =
            new SimpleObjectProperty<>(this, "sslMode", SslChoice.of(ConnectionProfile.SslMode.PREFER));
    private final StringProperty testSecret = new SimpleStringProperty(this, "testSecret", "");
    private final ReadOnlyBooleanWrapper builtIn = new ReadOnlyBooleanWrapper(this, "builtIn");
    private String originalName;

    private final BooleanBinding local = kind.isEqualTo(Kind.LOCAL);
    private final BooleanBinding fileExists = Bindings.createBooleanBinding(() -> path().map(Files::exists).orElse(false), file);
    private final BooleanBinding fileEncrypted = Bindings.createBooleanBinding(
            () -> path().map(p -> new ConnectionProfile.LocalFile("", p).encrypted()).orElse(false), file);
    private final BooleanBinding encryptAvailable = local.and(fileExists.not()).and(builtIn.not());
    private final BooleanBinding encrypting = encrypt.and(encryptAvailable);
    private final BooleanBinding needsTestSecret = local.not().or(fileEncrypted);

    private final FieldCheck nameCheck = new FieldCheck(name, FieldCheck.throwing(() -> {
        if (name.get().isBlank()) {
            throw new AppException("connection.validation.name");
        }
        if (!builtIn.get() && name.get().strip().equals(ConnectionProfileStore.DEFAULT_LOCAL_NAME)) {
            throw new AppException("connection.nameReserved", name.get().strip());
        }
    }), builtIn);
    private final FieldCheck fileCheck = onlyFor(Kind.LOCAL, file, () -> {
        if (path().isEmpty() || path().get().getParent() == null) {
            throw new AppException("connection.validation.file");
        }
    });
    private final FieldCheck passphraseCheck = new FieldCheck(passphrase, FieldCheck.throwing(() -> {
        if (encrypting.get()) {
            PasswordPolicy.check(passphrase.get().toCharArray());
        }
    }), encrypting);
    private final FieldCheck repeatCheck = new FieldCheck(passphraseRepeated, FieldCheck.throwing(() -> {
        if (encrypting.get()) {
            PasswordPolicy.checkRepeated(passphrase.get().toCharArray(), passphraseRepeated.get().toCharArray());
        }
    }), passphrase, encrypting);
    private final FieldCheck hostCheck = onlyFor(Kind.REMOTE, host, () -> ProfileRules.checkHost(host.get().strip()));
    private final FieldCheck portCheck = onlyFor(Kind.REMOTE, port, () -> ProfileRules.checkPort(portNumber()));
    private final FieldCheck databaseCheck = onlyFor(Kind.REMOTE, database,
            () -> ProfileRules.checkIdentifier(database.get().strip(), "connection.validation.database"));
    private final FieldCheck roleCheck = onlyFor(Kind.REMOTE, role,
            () -> ProfileRules.checkIdentifier(role.get().strip(), "connection.validation.role"));
    private final FormChecks form = new FormChecks(nameCheck, fileCheck, passphraseCheck, repeatCheck, hostCheck,
            portCheck, databaseCheck, roleCheck);

    private FieldCheck onlyFor(Kind fieldKind, StringProperty field, Runnable rule) {
        return new FieldCheck(field, FieldCheck.throwing(() -> {
            if (kind.get() == fieldKind) {
                rule.run();
            }
        }), kind);
    }

    /** Shows {@code profile} for editing; the default local catalogue is shown read-only. */
    public void load(ConnectionProfile profile, boolean isBuiltIn) {
        clear(profile instanceof ConnectionProfile.Remote ? Kind.REMOTE : Kind.LOCAL);
        builtIn.set(isBuiltIn);
        originalName = profile.name();
        name.set(profile.name());
        if (profile instanceof ConnectionProfile.LocalFile localFile) {
            file.set(localFile.file().toString());
        } else if (profile instanceof ConnectionProfile.Remote remote) {
            host.set(remote.host());
            port.set(Integer.toString(remote.port()));
            database.set(remote.database());
            role.set(remote.role());
            sslMode.set(SslChoice.of(remote.sslMode()));
        }
        form.resetAll();
    }

    /** An empty profile of {@code newKind}, not saved yet. */
    public void startNew(Kind newKind, String suggestedName) {
        clear(newKind);
        builtIn.set(false);
        originalName = null;
        name.set(suggestedName);
        form.resetAll();
    }

    private void clear(Kind newKind) {
        kind.set(newKind);
        for (StringProperty field : new StringProperty[] {name, file, passphrase, passphraseRepeated, host, database, role, testSecret}) {
            field.set("");
        }
        port.set(DEFAULT_PORT);
        sslMode.set(SslChoice.of(ConnectionProfile.SslMode.PREFER));
        encrypt.set(false);
    }

    /** The profile as entered; call only when {@link #validProperty()} holds. */
    public ConnectionProfile toProfile() {
        String profileName = name.get().strip();
        if (kind.get() == Kind.LOCAL) {
            return new ConnectionProfile.LocalFile(profileName, path().orElseThrow());
        }
        return new ConnectionProfile.Remote(profileName, host.get().strip(), portNumber(), database.get().strip(),
                role.get().strip(), sslMode.get() == null ? ConnectionProfile.SslMode.PREFER : sslMode.get().mode());
    }

    private java.util.Optional<Path> path() {
        String text = file.get() == null ? "" : file.get().strip();
        if (text.isEmpty()) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Path.of(text).toAbsolutePath());
        } catch (InvalidPathException e) {
            return java.util.Optional.empty();
        }
    }

    private int portNumber() {
        try {
            return Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The saved name this profile had when loaded, or null for a new one. */
    public String originalName() {
        return originalName;
    }

    /** The label of the secret used by Test connection. */
    public String testSecretLabel() {
        return Messages.get(local.get() ? "connection.testPassphrase" : "connection.testPassword");
    }

    public List<SslChoice> sslChoices() {
        return SslChoice.ALL;
    }

    public boolean isEncrypting() {
        return encrypting.get();
    }

    public void revealAll() {
        form.revealAll();
    }

    public BooleanBinding validProperty() {
        return form.validProperty();
    }

    public ObjectProperty<Kind> kindProperty() { return kind; }
    public StringProperty nameProperty() { return name; }
    public StringProperty fileProperty() { return file; }
    public BooleanProperty encryptProperty() { return encrypt; }
    public StringProperty passphraseProperty() { return passphrase; }
    public StringProperty passphraseRepeatedProperty() { return passphraseRepeated; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty roleProperty() { return role; }
    public ObjectProperty<SslChoice> sslModeProperty() { return sslMode; }
    public StringProperty testSecretProperty() { return testSecret; }
    public ReadOnlyBooleanProperty builtInProperty() { return builtIn.getReadOnlyProperty(); }
    public BooleanBinding localProperty() { return local; }
    public BooleanBinding encryptAvailableProperty() { return encryptAvailable; }
    public BooleanBinding encryptingProperty() { return encrypting; }
    public BooleanBinding needsTestSecretProperty() { return needsTestSecret; }
    public FieldCheck nameCheck() { return nameCheck; }
    public FieldCheck fileCheck() { return fileCheck; }
    public FieldCheck passphraseCheck() { return passphraseCheck; }
    public FieldCheck repeatCheck() { return repeatCheck; }
    public FieldCheck hostCheck() { return hostCheck; }
    public FieldCheck portCheck() { return portCheck; }
    public FieldCheck databaseCheck() { return databaseCheck; }
    public FieldCheck roleCheck() { return roleCheck; }
}
