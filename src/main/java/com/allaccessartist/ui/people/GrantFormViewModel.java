package com.allaccessartist.ui.people;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.service.auth.PasswordPolicy;
import com.allaccessartist.service.people.PersonRecords;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.FormChecks;
import com.allaccessartist.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Invite and Change forms: who (an existing person's email, or a new account with name,
 * email and initial password twice, offered only to people who may create accounts), the role
 * (none above the person's own), the flags (pre-filled from the role's defaults; a flag the
 * person does not hold is disabled with the reason) and an optional last day. Submitting runs
 * off the FX thread; a refusal is shown in the form and nothing typed is lost.
 */
public final class GrantFormViewModel {

    /** What the form submits. */
    public record Values(String email, String role, List<Boolean> flags, Instant expiresAt) {
    }

    private final GrantItem grant;
    private final PeopleGateway gateway;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Consumer<Values> submitter;
    /** The login role of an account this form created (PostgreSQL), set off the FX thread. */
    private volatile String createdLoginRole;
    private final Runnable onDone;
    private final Runnable onCancel;
    private final boolean newAccountOffered;
    private final BooleanProperty newAccount = new SimpleBooleanProperty(this, "newAccount");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty passwordRepeated = new SimpleStringProperty(this, "passwordRepeated", "");
    private final ObservableList<PeopleGateway.RoleChoice> roles = FXCollections.observableArrayList();
    private final ObjectProperty<PeopleGateway.RoleChoice> role = new SimpleObjectProperty<>(this, "role");
    private final List<FlagOption> flags = new ArrayList<>();
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>(this, "lastDay");
    private final String lastOwnerReason;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final FieldCheck emailCheck;
    private final FieldCheck displayNameCheck;
    private final FieldCheck passwordCheck;
    private final FieldCheck repeatCheck;
    private final FieldCheck roleCheck;
    private final FieldCheck lastDayCheck;
    private final FormChecks form;
    private final BooleanBinding canSubmit;

    private GrantFormViewModel(PeopleGateway gateway, TaskExecutor executor, Clock clock, PeopleGateway.Standing mine,
                               GrantItem grant, boolean lastOwner, Consumer<Values> submitter, Runnable onDone,
                               Runnable onCancel) {
        this.gateway = gateway;
        this.executor = executor;
        this.clock = clock;
        this.grant = grant;
        this.submitter = submitter;
        this.onDone = onDone;
        this.onCancel = onCancel;
        this.newAccountOffered = grant == null && mine.mayCreateAccounts();
        this.lastOwnerReason = lastOwner ? Messages.get("people.lastOwner") : "";
        roles.setAll(gateway.roles().stream().filter(r -> r.rank() <= mine.rank()).toList());
        List<String> keys = gateway.flagKeys();
        for (int i = 0; i < keys.size(); i++) {
            boolean had = grant != null && grant.flags().get(i);
            boolean may = mine.held().get(i) || had;
            flags.add(new FlagOption(keys.get(i), had, may ? "" : Messages.get("people.reason.flagNotHeld")));
        }
        if (grant != null) {
            email.set(grant.email() == null ? "" : grant.email());
            role.set(roles.stream().filter(r -> r.value().equals(grant.role())).findFirst().orElse(null));
            lastDay.set(grant.expiresOn() != null && !grant.expiresOn().isBefore(today()) ? grant.expiresOn() : null);
        } else {
            role.set(roles.stream().filter(r -> r.rank() == 1).findFirst().orElse(roles.isEmpty() ? null : roles.get(0)));
            applyDefaults();
        }
        role.addListener((o, old, now) -> applyDefaults());
        emailCheck = new FieldCheck(email, FieldCheck.throwing(() -> EmailAddress.parse(email.get())));
        displayNameCheck = new FieldCheck(displayName, () -> !newAccount.get() ? ""
                : FieldCheck.throwing(() -> PersonRecords.checkDisplayName(displayName.get())).get(), newAccount);
        passwordCheck = new FieldCheck(password, () -> !newAccount.get() ? ""
                : FieldCheck.throwing(() -> PasswordPolicy.check(password.get().toCharArray())).get(), newAccount);
        repeatCheck = new FieldCheck(passwordRepeated, () -> !newAccount.get() ? "" : FieldCheck.throwing(
                () -> PasswordPolicy.checkRepeated(password.get().toCharArray(), passwordRepeated.get().toCharArray())).get(),
                newAccount, password);
        roleCheck = new FieldCheck(role, () -> role.get() == null ? Messages.get("people.role.missing") : "");
        lastDayCheck = new FieldCheck(lastDay, () -> lastDay.get() != null && lastDay.get().isBefore(today())
                ? Messages.get("people.expiresAt.past") : "");
        form = new FormChecks(emailCheck, displayNameCheck, passwordCheck, repeatCheck, roleCheck, lastDayCheck);
        canSubmit = form.validProperty().and(busy.not());
    }

    /** The Invite form of a place where {@code mine} is the person's standing. */
    static GrantFormViewModel invite(PeopleGateway gateway, TaskExecutor executor, Clock clock, PeopleGateway.Standing mine,
                                     Consumer<Values> submitter, Runnable onDone, Runnable onCancel) {
        return new GrantFormViewModel(gateway, executor, clock, mine, null, false, submitter, onDone, onCancel);
    }

    /** The Change form of {@code grant}; the last owner keeps their role and gets no expiry. */
    static GrantFormViewModel change(PeopleGateway gateway, TaskExecutor executor, Clock clock, PeopleGateway.Standing mine,
                                     GrantItem grant, boolean lastOwner, Consumer<Values> submitter, Runnable onDone,
                                     Runnable onCancel) {
        return new GrantFormViewModel(gateway, executor, clock, mine, grant, lastOwner, submitter, onDone, onCancel);
    }

    /** The flags the chosen role starts with, as far as the person may give them. */
    private void applyDefaults() {
        if (role.get() == null) {
            return;
        }
        List<Boolean> defaults = gateway.defaults(role.get().value());
        for (int i = 0; i < flags.size(); i++) {
            flags.get(i).selectedProperty().set(defaults.get(i) && flags.get(i).enabled());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneId.systemDefault()));
    }

    /** The PostgreSQL login role of the account this form created, or null (none created, or H2). */
    public String createdLoginRole() {
        return createdLoginRole;
    }

    /** Save: checks every field, then asks the service off the FX thread; refusals stay in the form. */
    public void submit() {
        form.revealAll();
        if (!canSubmit.get()) {
            return;
        }
        boolean create = newAccount.get();
        String address = email.get().strip();
        String name = displayName.get();
        char[] initial = password.get().toCharArray();
        Values values = new Values(address, role.get().value(), flags.stream().map(FlagOption::isSelected).toList(),
                GrantTexts.expiresAt(lastDay.get()));
        AtomicBoolean created = new AtomicBoolean();
        busy.set(true);
        error.set("");
        executor.submit(BackgroundTask.running(context -> {
            try {
                if (create) {
                    createdLoginRole = gateway.createAccount(address, name, initial);
                    created.set(true);
                }
            } finally {
                java.util.Arrays.fill(initial, '\0');
            }
            submitter.accept(values);
        }).onSuccess(done -> onDone.run())
                .onFailure(failure -> {
                    if (created.get()) {
                        // the account exists now: trying again invites it
                        newAccount.set(false);
                        error.set(Messages.format("people.invite.createdNotGranted", address) + " " + ErrorText.of(failure));
                    } else {
                        error.set(ErrorText.of(failure));
                    }
                })
                .onFinished(() -> busy.set(false)));
    }

    /** Cancel or Esc: nothing is saved. */
    public void cancel() {
        if (!busy.get()) {
            onCancel.run();
        }
    }

    public boolean isInvite() { return grant == null; }
    public String title() {
        return grant == null ? Messages.get("people.invite.title") : Messages.format("people.change.title", grant.person());
    }
    public String submitLabel() { return Messages.get(grant == null ? "people.invite.submit" : "people.change.submit"); }
    /** Whether "Create a new account" is offered (the person may create accounts). */
    public boolean newAccountOffered() { return newAccountOffered; }
    public BooleanProperty newAccountProperty() { return newAccount; }
    public StringProperty emailProperty() { return email; }
    public StringProperty displayNameProperty() { return displayName; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty passwordRepeatedProperty() { return passwordRepeated; }
    /** The roles the person may give: none above their own. */
    public ObservableList<PeopleGateway.RoleChoice> roles() { return roles; }
    public ObjectProperty<PeopleGateway.RoleChoice> roleProperty() { return role; }
    public List<FlagOption> flags() { return List.copyOf(flags); }
    /** The last day the grant is in force; null for no expiry. */
    public ObjectProperty<LocalDate> lastDayProperty() { return lastDay; }
    /** Why role and expiry cannot change (the last owner); empty when they can. */
    public String lastOwnerReason() { return lastOwnerReason; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** The service's refusal of the last submit, empty otherwise. */
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public FieldCheck emailCheck() { return emailCheck; }
    public FieldCheck displayNameCheck() { return displayNameCheck; }
    public FieldCheck passwordCheck() { return passwordCheck; }
    public FieldCheck repeatCheck() { return repeatCheck; }
    public FieldCheck roleCheck() { return roleCheck; }
    public FieldCheck lastDayCheck() { return lastDayCheck; }
    public BooleanBinding canSubmitProperty() { return canSubmit; }

}
