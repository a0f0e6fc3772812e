package com.allaccessartist.ui.signin;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.service.auth.PasswordPolicy;
import com.allaccessartist.service.people.PersonRecords;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.FormChecks;
import com.allaccessartist.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first run of a new local catalogue: the first account (email, name, password twice) and
 * the organization it will own. The organization's name follows the person's name
 * ("Ada Lovelace Records") until the person types one of their own.
 */
public final class FirstRunViewModel {

    private final CatalogueGate gate;
    private final TaskExecutor executor;
    private final Consumer<CurrentUser> onCreated;

    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty passwordRepeated = new SimpleStringProperty(this, "passwordRepeated", "");
    private final StringProperty organizationName = new SimpleStringProperty(this, "organizationName", "");
    private final ObjectProperty<OrganizationType> organizationType =
            new SimpleObjectProperty<>(this, "organizationType", OrganizationType.LABEL);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean suggesting;
    private boolean organizationNameTyped;

    private final FieldCheck emailCheck = new FieldCheck(email, FieldCheck.throwing(() -> EmailAddress.parse(email.get())));
    private final FieldCheck displayNameCheck = new FieldCheck(displayName,
            FieldCheck.throwing(() -> PersonRecords.checkDisplayName(displayName.get())));
    private final FieldCheck passwordCheck = new FieldCheck(password,
            FieldCheck.throwing(() -> PasswordPolicy.check(password.get().toCharArray())));
    private final FieldCheck repeatCheck = new FieldCheck(passwordRepeated, FieldCheck.throwing(
            () -> PasswordPolicy.checkRepeated(password.get().toCharArray(), passwordRepeated.get().toCharArray())), password);
    private final FieldCheck organizationNameCheck = new FieldCheck(organizationName,
            FieldCheck.throwing(() -> LocalAccountService.checkOrganizationName(organizationName.get())));
    private final FieldCheck organizationTypeCheck = new FieldCheck(organizationType, FieldCheck.throwing(() -> {
        if (organizationType.get() == null) {
            throw new AppException("validation.organization.type");
        }
    }));
    private final FormChecks form = new FormChecks(emailCheck, displayNameCheck, passwordCheck, repeatCheck,
            organizationNameCheck, organizationTypeCheck);
    private final BooleanBinding canCreate = form.validProperty().and(busy.not());

    public FirstRunViewModel(CatalogueGate gate, TaskExecutor executor, Consumer<CurrentUser> onCreated) {
        this.gate = gate;
        this.executor = executor;
        this.onCreated = onCreated;
        displayName.addListener((observable, old, name) -> suggestOrganizationName(name));
        organizationName.addListener((observable, old, name) -> {
            if (!suggesting) {
                // an emptied field follows the person's name again
                organizationNameTyped = !name.isBlank();
            }
        });
    }

    private void suggestOrganizationName(String name) {
        if (organizationNameTyped) {
            return;
        }
        suggesting = true;
        try {
            organizationName.set(name == null || name.isBlank() ? "" : Messages.format("firstRun.organization.suggested", name.strip()));
        } finally {
            suggesting = false;
        }
    }

    /** Creates the account and its organization, then signs the person in. */
    public void create() {
        form.revealAll();
        if (!canCreate.get()) {
            return;
        }
        LocalAccountService.NewAccount account = new LocalAccountService.NewAccount(email.get(), displayName.get(),
                password.get().toCharArray(), passwordRepeated.get().toCharArray(),
                organizationName.get(), organizationType.get());
        busy.set(true);
        error.set("");
        executor.submit(BackgroundTask.of(context -> {
                    try {
                        return gate.createFirstAccount(account);
                    } finally {
                        LocalAccountService.clear(account);
                    }
                })
                .onSuccess(user -> {
                    password.set("");
                    passwordRepeated.set("");
                    onCreated.accept(user);
                })
                .onFailure(failure -> error.set(ErrorText.of(failure)))
                .onFinished(() -> busy.set(false)));
    }

    public List<OrganizationType> organizationTypes() {
        return List.of(OrganizationType.values());
    }

    /** The translated name of an organization type. */
    public String typeLabel(OrganizationType type) {
        return type == null ? "" : Messages.get("organization.type." + type.dbValue());
    }

    public String catalogueLocation() {
        return gate.catalogueLocation();
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordRepeatedProperty() {
        return passwordRepeated;
    }

    public StringProperty organizationNameProperty() {
        return organizationName;
    }

    public ObjectProperty<OrganizationType> organizationTypeProperty() {
        return organizationType;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    public FieldCheck emailCheck() {
        return emailCheck;
    }

    public FieldCheck displayNameCheck() {
        return displayNameCheck;
    }

    public FieldCheck passwordCheck() {
        return passwordCheck;
    }

    public FieldCheck repeatCheck() {
        return repeatCheck;
    }

    public FieldCheck organizationNameCheck() {
        return organizationNameCheck;
    }

    public FieldCheck organizationTypeCheck() {
        return organizationTypeCheck;
    }
}
