package com.allaccessartist.ui.signin;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.identity.EmailAddress;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The sign-in screen: opens the active catalogue (asking first for an encrypted file's
 * passphrase or the PostgreSQL password), then asks for email and password, or hands over to
 * the first-run screen when the file has no accounts yet. Errors are shown inline.
 */
public final class SignInViewModel {

    /** Where the screen is. */
    public enum Step { OPENING, UNLOCK, SIGN_IN, OPEN_FAILED }

    /** Where the screen leads. */
    public interface Navigation {
        void firstRun();

        void signedIn(CurrentUser user);

        void manageConnections();
    }

    private final CatalogueGate gate;
    private final TaskExecutor executor;
    private final Navigation navigation;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.OPENING);
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty secret = new SimpleStringProperty(this, "secret", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final FieldCheck emailCheck = new FieldCheck(email, FieldCheck.throwing(() -> EmailAddress.parse(email.get())));
    private final BooleanBinding canSubmit;
    private final StringBinding title;
    private final StringBinding submitText;

    public SignInViewModel(CatalogueGate gate, TaskExecutor executor, Navigation navigation) {
        this.gate = gate;
        this.executor = executor;
        this.navigation = navigation;
        BooleanBinding signInReady = step.isEqualTo(Step.SIGN_IN).and(emailCheck.validProperty()).and(password.isNotEmpty());
        BooleanBinding unlockReady = step.isEqualTo(Step.UNLOCK).and(secret.isNotEmpty());
        canSubmit = signInReady.or(unlockReady).and(busy.not());
        title = Bindings.createStringBinding(() -> Messages.get(switch (step.get()) {
            case UNLOCK -> gate.secretNeeded() == CatalogueGate.Secret.PASSWORD ? "signIn.title.remote" : "signIn.title.unlock";
            case OPEN_FAILED -> "signIn.title.failed";
            default -> "signIn.title";
        }), step);
        submitText = Bindings.createStringBinding(() -> Messages.get(
                step.get() == Step.UNLOCK && gate.secretNeeded() == CatalogueGate.Secret.PASSPHRASE
                        ? "signIn.unlock" : "signIn.submit"), step);
    }

    /** Opens the catalogue, or asks for what it needs first. */
    public void start() {
        error.set("");
        if (gate.secretNeeded() == CatalogueGate.Secret.NONE) {
            step.set(Step.OPENING);
            open(null);
        } else {
            step.set(Step.UNLOCK);
        }
    }

    /** Enter or the main button: unlock or sign in, whichever the screen asks for. */
    public void submit() {
        if (!canSubmit.get()) {
            emailCheck.reveal();
            return;
        }
        if (step.get() == Step.UNLOCK) {
            char[] entered = secret.get().toCharArray();
            secret.set("");
            open(entered);
        } else {
            signIn();
        }
    }

    public void retry() {
        start();
    }

    public void manageConnections() {
        navigation.manageConnections();
    }

    private void open(char[] entered) {
        busy.set(true);
        error.set("");
        Step failedStep = entered == null ? Step.OPEN_FAILED : Step.UNLOCK;
        executor.submit(BackgroundTask.of(context -> {
                    try {
                        return gate.open(entered);
                    } finally {
                        if (entered != null) {
                            java.util.Arrays.fill(entered, '\0');
                        }
                    }
                })
                .onSuccess(this::opened)
                .onFailure(failure -> {
                    error.set(ErrorText.of(failure));
                    step.set(failedStep);
                })
                .onFinished(() -> busy.set(false)));
    }

    private void opened(CatalogueGate.Opened opened) {
        switch (opened.outcome()) {
            case FIRST_RUN -> navigation.firstRun();
            case SIGN_IN -> step.set(Step.SIGN_IN);
            case SIGNED_IN -> navigation.signedIn(opened.user());
        }
    }

    private void signIn() {
        String address = email.get();
        char[] entered = password.get().toCharArray();
        password.set("");
        busy.set(true);
        error.set("");
        executor.submit(BackgroundTask.of(context -> {
                    try {
                        return gate.signIn(address, entered);
                    } finally {
                        java.util.Arrays.fill(entered, '\0');
                    }
                })
                .onSuccess(navigation::signedIn)
                .onFailure(failure -> error.set(ErrorText.of(failure)))
                .onFinished(() -> busy.set(false)));
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The passphrase of an encrypted file, or the PostgreSQL password. */
    public StringProperty secretProperty() {
        return secret;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last attempt failed, empty if it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public FieldCheck emailCheck() {
        return emailCheck;
    }

    public BooleanBinding canSubmitProperty() {
        return canSubmit;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding submitTextProperty() {
        return submitText;
    }

    /** The label of the secret field: passphrase, or password for the role. */
    public String secretLabel() {
        return gate.secretNeeded() == CatalogueGate.Secret.PASSWORD
                ? Messages.format("signIn.password.remote", gate.roleName())
                : Messages.get("signIn.passphrase");
    }

    public String catalogueName() {
        return gate.catalogueName();
    }

    /** Whether the catalogue is a shared PostgreSQL database. */
    public boolean remoteCatalogue() {
        return gate.secretNeeded() == CatalogueGate.Secret.PASSWORD;
    }

    public String catalogueLocation() {
        return gate.catalogueLocation();
    }

    public BooleanBinding showsStep(Step shown) {
        return step.isEqualTo(shown);
    }

    /** For the submit: opening or signing in now. */
    public BooleanBinding submitVisible() {
        return step.isEqualTo(Step.UNLOCK).or(step.isEqualTo(Step.SIGN_IN));
    }
}
