package com.allaccessartist.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.org.OrganizationType;
import com.allaccessartist.service.CurrentUser;
import com.allaccessartist.service.auth.LocalAccountService;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class FirstRunViewModelTest {

    private final CatalogueGate gate = mock(CatalogueGate.class);
    @SuppressWarnings("unchecked")
    private final Consumer<CurrentUser> onCreated = mock(Consumer.class);
    private final FirstRunViewModel viewModel = new FirstRunViewModel(gate, new CurrentThreadTaskExecutor(), onCreated);

    private void fillIn() {
        viewModel.emailProperty().set("ada@label.com");
        viewModel.displayNameProperty().set("Ada Lovelace");
        viewModel.passwordProperty().set("analytical engine");
        viewModel.passwordRepeatedProperty().set("analytical engine");
    }

    @Test
    void theOrganizationNameFollowsThePersonsNameUntilTypedOver() {
        viewModel.displayNameProperty().set("Ada Lovelace");
        assertThat(viewModel.organizationNameProperty().get()).isEqualTo("Ada Lovelace Records");

        viewModel.organizationNameProperty().set("Difference Engine Music");
        viewModel.displayNameProperty().set("Ada King");
        assertThat(viewModel.organizationNameProperty().get()).isEqualTo("Difference Engine Music");

        viewModel.organizationNameProperty().set("");
        viewModel.displayNameProperty().set("Ada King-Noel");
        assertThat(viewModel.organizationNameProperty().get()).isEqualTo("Ada King-Noel Records");
    }

    @Test
    void createIsEnabledOnlyWhenEveryFieldIsValid() {
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        fillIn();
        assertThat(viewModel.organizationTypeProperty().get()).isEqualTo(OrganizationType.LABEL);
        assertThat(viewModel.canCreateProperty().get()).isTrue();

        viewModel.organizationTypeProperty().set(null);
        assertThat(viewModel.canCreateProperty().get()).isFalse();
        assertThat(viewModel.organizationTypeCheck().shownErrorProperty().get())
                .isEqualTo(Messages.get("validation.organization.type"));
    }

    @Test
    void eachFieldSaysWhatIsWrongOnceTouched() {
        assertThat(viewModel.emailCheck().shownErrorProperty().get()).isEmpty();

        viewModel.emailProperty().set("ada");
        viewModel.displayNameProperty().set("   ");
        viewModel.passwordProperty().set("short");
        viewModel.passwordRepeatedProperty().set("shorter");
        viewModel.organizationNameProperty().set("x".repeat(LocalAccountService.MAX_ORGANIZATION_NAME + 1));

        assertThat(viewModel.emailCheck().shownErrorProperty().get()).isEqualTo(Messages.get("validation.email.shape"));
        assertThat(viewModel.displayNameCheck().shownErrorProperty().get()).isEqualTo(Messages.get("validation.displayName.empty"));
        assertThat(viewModel.passwordCheck().shownErrorProperty().get()).isEqualTo(Messages.format("validation.password.tooShort", 10));
        assertThat(viewModel.repeatCheck().shownErrorProperty().get()).isEqualTo(Messages.get("validation.password.mismatch"));
        assertThat(viewModel.organizationNameCheck().shownErrorProperty().get())
                .isEqualTo(Messages.format("validation.organization.nameTooLong", LocalAccountService.MAX_ORGANIZATION_NAME));
    }

    @Test
    void theRepeatedPasswordIsRecheckedWhenTheFirstChanges() {
        viewModel.passwordProperty().set("analytical engine");
        viewModel.passwordRepeatedProperty().set("analytical engine");
        assertThat(viewModel.repeatCheck().isValid()).isTrue();

        viewModel.passwordProperty().set("analytical engines");
        assertThat(viewModel.repeatCheck().shownErrorProperty().get()).isEqualTo(Messages.get("validation.password.mismatch"));
    }

    @Test
    void createsTheAccountAndItsOrganizationThenSignsIn() {
        CurrentUser ada = new CurrentUser(UUID.randomUUID(), "ada@label.com", "Ada Lovelace");
        ArgumentCaptor<LocalAccountService.NewAccount> account = ArgumentCaptor.forClass(LocalAccountService.NewAccount.class);
        when(gate.createFirstAccount(account.capture())).thenAnswer(invocation -> {
            LocalAccountService.NewAccount request = invocation.getArgument(0);
            assertThat(new String(request.password())).isEqualTo("analytical engine");
            return ada;
        });
        fillIn();
        viewModel.organizationTypeProperty().set(OrganizationType.MANAGEMENT);

        viewModel.create();

        verify(onCreated).accept(ada);
        assertThat(account.getValue().email()).isEqualTo("ada@label.com");
        assertThat(account.getValue().displayName()).isEqualTo("Ada Lovelace");
        assertThat(account.getValue().organizationName()).isEqualTo("Ada Lovelace Records");
        assertThat(account.getValue().organizationType()).isEqualTo(OrganizationType.MANAGEMENT);
        assertThat(account.getValue().password()).containsOnly('\0');
        assertThat(viewModel.passwordProperty().get()).isEmpty();
    }

    @Test
    void aRefusalIsShownInline() {
        when(gate.createFirstAccount(any())).thenThrow(new AppException("account.firstRunDone"));
        fillIn();

        viewModel.create();

        assertThat(viewModel.errorProperty().get()).isEqualTo(Messages.get("account.firstRunDone"));
        assertThat(viewModel.busyProperty().get()).isFalse();
        verify(onCreated, never()).accept(any());
    }

    @Test
    void nothingIsSentWhileTheFormIsInvalid() {
        viewModel.emailProperty().set("ada@label.com");

        viewModel.create();

        verify(gate, never()).createFirstAccount(any());
        assertThat(viewModel.passwordCheck().shownErrorProperty().get()).isEqualTo(Messages.get("validation.password.empty"));
    }
}
