package com.allaccessartist.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConnectionProblem;
import com.allaccessartist.persistence.DatabaseOpenException;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SignInViewModelTest {

    private final CatalogueGate gate = mock(CatalogueGate.class);
    private final SignInViewModel.Navigation navigation = mock(SignInViewModel.Navigation.class);
    private final CurrentUser ada = new CurrentUser(UUID.randomUUID(), "ada@label.com", "Ada Lovelace");
    private SignInViewModel viewModel;

    @BeforeEach
    void setUp() {
        when(gate.catalogueName()).thenReturn("Local catalogue");
        when(gate.catalogueLocation()).thenReturn("/data/catalogue.mv.db");
        when(gate.secretNeeded()).thenReturn(CatalogueGate.Secret.NONE);
        viewModel = new SignInViewModel(gate, new CurrentThreadTaskExecutor(), navigation);
    }

    @Test
    void opensAPlainFileAndAsksForEmailAndPassword() {
        when(gate.open(null)).thenReturn(new CatalogueGate.Opened(CatalogueGate.Outcome.SIGN_IN, null));

        viewModel.start();

        assertThat(viewModel.stepProperty().get()).isEqualTo(SignInViewModel.Step.SIGN_IN);
        assertThat(viewModel.titleProperty().get()).isEqualTo(Messages.get("signIn.title"));
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    @Test
    void aFileWithoutAccountsLeadsToTheFirstRun() {
        when(gate.open(null)).thenReturn(new CatalogueGate.Opened(CatalogueGate.Outcome.FIRST_RUN, null));

        viewModel.start();

        verify(navigation).firstRun();
    }

    @Test
    void signInIsEnabledOnlyWithAValidEmailAndAPassword() {
        when(gate.open(null)).thenReturn(new CatalogueGate.Opened(CatalogueGate.Outcome.SIGN_IN, null));
        viewModel.start();
        assertThat(viewModel.canSubmitProperty().get()).isFalse();

        viewModel.emailProperty().set("not an email");
        viewModel.passwordProperty().set("correct horse battery");
        assertThat(viewModel.canSubmitProperty().get()).isFalse();
        assertThat(viewModel.emailCheck().shownErrorProperty().get()).isEqualTo(Messages.get("validation.email.shape"));

        viewModel.emailProperty().set("Ada@Label.com");
        assertThat(viewModel.canSubmitProperty().get()).isTrue();
        assertThat(viewModel.emailCheck().shownErrorProperty().get()).isEmpty();

        viewModel.passwordProperty().set("");
        assertThat(viewModel.canSubmitProperty().get()).isFalse();
    }

    @Test
    void aWrongPasswordIsReportedInlineAndClearedForTheNextTry() {
        when(gate.open(null)).thenReturn(new CatalogueGate.Opened(CatalogueGate.Outcome.SIGN_IN, null));
        when(gate.signIn(eq("ada@label.com"), any())).thenThrow(new AppException("signIn.failed"));
        viewModel.start();
        viewModel.emailProperty().set("ada@label.com");
        viewModel.passwordProperty().set("wrong password");

        viewModel.submit();

        assertThat(viewModel.errorProperty().get()).isEqualTo(Messages.get("signIn.failed"));
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(viewModel.emailProperty().get()).isEqualTo("ada@label.com");
        assertThat(viewModel.stepProperty().get()).isEqualTo(SignInViewModel.Step.SIGN_IN);
        verify(navigation, never()).signedIn(any());
    }

    @Test
    void aLockedAccountSaysUntilWhen() {
        Date until = Date.from(Instant.parse("2030-01-01T12:05:00Z"));
        when(gate.open(null)).thenReturn(new CatalogueGate.Opened(CatalogueGate.Outcome.SIGN_IN, null));
        when(gate.signIn(any(), any())).thenThrow(new AppException("signIn.locked", until));
        viewModel.start();
        viewModel.emailProperty().set("ada@label.com");
        viewModel.passwordProperty().set("whatever it is");

        viewModel.submit();

        assertThat(viewModel.errorProperty().get()).isEqualTo(Messages.format("signIn.locked", until));
    }

    @Test
    void theRightPasswordSignsInWithThePasswordTyped() {
        when(gate.open(null)).thenReturn(new CatalogueGate.Opened(CatalogueGate.Outcome.SIGN_IN, null));
        ArgumentCaptor<char[]> password = ArgumentCaptor.forClass(char[].class);
        when(gate.signIn(eq("ada@label.com"), password.capture())).thenAnswer(invocation -> {
            assertThat(new String((char[]) invocation.getArgument(1))).isEqualTo("correct horse battery");
            return ada;
        });
        viewModel.start();
        viewModel.emailProperty().set("ada@label.com");
        viewModel.passwordProperty().set("correct horse battery");

        viewModel.submit();

        verify(navigation).signedIn(ada);
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(password.getValue()).containsOnly('\0');
    }

    @Test
    void anEncryptedFileAsksForItsPassphraseFirst() {
        when(gate.secretNeeded()).thenReturn(CatalogueGate.Secret.PASSPHRASE);
        when(gate.open(any())).thenAnswer(invocation -> {
            char[] secret = invocation.getArgument(0);
            return new String(secret).equals("our passphrase")
                    ? new CatalogueGate.Opened(CatalogueGate.Outcome.SIGN_IN, null)
                    : failWith(ConnectionProblem.WRONG_PASSPHRASE);
        });

        viewModel.start();
        assertThat(viewModel.stepProperty().get()).isEqualTo(SignInViewModel.Step.UNLOCK);
        assertThat(viewModel.secretLabel()).isEqualTo(Messages.get("signIn.passphrase"));
        assertThat(viewModel.submitTextProperty().get()).isEqualTo(Messages.get("signIn.unlock"));
        assertThat(viewModel.canSubmitProperty().get()).isFalse();

        viewModel.secretProperty().set("wrong one");
        viewModel.submit();
        assertThat(viewModel.errorProperty().get()).isEqualTo(Messages.get("connection.problem.passphrase"));
        assertThat(viewModel.stepProperty().get()).isEqualTo(SignInViewModel.Step.UNLOCK);
        assertThat(viewModel.secretProperty().get()).isEmpty();

        viewModel.secretProperty().set("our passphrase");
        viewModel.submit();
        assertThat(viewModel.stepProperty().get()).isEqualTo(SignInViewModel.Step.SIGN_IN);
    }

    @Test
    void postgresqlSignsInWithTheRolePassword() {
        when(gate.secretNeeded()).thenReturn(CatalogueGate.Secret.PASSWORD);
        when(gate.roleName()).thenReturn("ada");
        when(gate.open(any())).thenReturn(new CatalogueGate.Opened(CatalogueGate.Outcome.SIGNED_IN, ada));

        viewModel.start();
        assertThat(viewModel.titleProperty().get()).isEqualTo(Messages.get("signIn.title.remote"));
        assertThat(viewModel.secretLabel()).contains("ada");
        viewModel.secretProperty().set("role password");
        viewModel.submit();

        verify(navigation).signedIn(ada);
    }

    @Test
    void aCatalogueThatCannotBeOpenedSaysWhyAndOffersToTryAgain() {
        when(gate.open(null)).thenAnswer(invocation -> failWith(ConnectionProblem.FILE_IN_USE))
                .thenReturn(new CatalogueGate.Opened(CatalogueGate.Outcome.SIGN_IN, null));

        viewModel.start();
        assertThat(viewModel.stepProperty().get()).isEqualTo(SignInViewModel.Step.OPEN_FAILED);
        assertThat(viewModel.errorProperty().get()).isEqualTo(Messages.get("connection.problem.fileInUse"));
        assertThat(viewModel.titleProperty().get()).isEqualTo(Messages.get("signIn.title.failed"));

        viewModel.retry();
        assertThat(viewModel.stepProperty().get()).isEqualTo(SignInViewModel.Step.SIGN_IN);
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void anUnexpectedFailureShowsAPlainSentenceNotATrace() {
        when(gate.open(null)).thenThrow(new IllegalStateException("NullPointer in the depths"));

        viewModel.start();

        assertThat(viewModel.errorProperty().get())
                .startsWith(Messages.format("error.unexpected", "").substring(0, 20))
                .doesNotContain("NullPointer");
    }

    @Test
    void theConnectionsLinkOpensTheConnectionManager() {
        viewModel.manageConnections();
        verify(navigation).manageConnections();
    }

    private static CatalogueGate.Opened failWith(ConnectionProblem problem) {
        throw new DatabaseOpenException(problem, null, "/data/catalogue.mv.db", "");
    }
}
