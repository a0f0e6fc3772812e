package com.allaccessartist.ui.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.artist.ArtistRights;
import com.allaccessartist.domain.artist.ArtistRole;
import com.allaccessartist.domain.org.OrganizationRights;
import com.allaccessartist.domain.org.OrganizationRole;
import com.allaccessartist.service.people.AccountAdminService;
import com.allaccessartist.service.people.ArtistGrantRow;
import com.allaccessartist.service.people.OrganizationGrantRow;
import com.allaccessartist.service.people.PeopleRights;
import com.allaccessartist.service.people.PeopleService;
import com.allaccessartist.service.people.PersonAccountService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.CurrentThreadTaskExecutor;
import com.allaccessartist.ui.common.DialogService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The People screen's ViewModel over the real artist and organization gateways with mocked
 * services: what is shown, and every action allowed or refused with its reason.
 */
class PeopleViewModelTest {

    private static final UUID ARTIST = UUID.randomUUID();
    private static final UUID LABEL = UUID.randomUUID();
    private static final ArtistRights NO_RELEASES = new ArtistRights(true, false, true, false, true, true, false);

    private final PeopleService service = mock(PeopleService.class);
    private final PeopleRights rights = mock(PeopleRights.class);
    private final PersonAccountService accounts = mock(PersonAccountService.class);
    private final DialogService dialogs = mock(DialogService.class);
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final CatalogueChanges changes = new CatalogueChanges();
    private final ArtistSelection selection = new ArtistSelection();
    private final PeopleViewModel viewModel = new PeopleViewModel(new ArtistPeople(service, rights, accounts), executor,
            dialogs, changes, Clock.systemUTC());

    private final ArtistGrantRow owner = artistRow("Ada Lovelace", ArtistRole.OWNER, ArtistRights.ALL, "50.00", true, true, null);
    private final ArtistGrantRow collaborator = artistRow("Bob Moog", ArtistRole.COLLABORATOR,
            ArtistRights.defaultsFor(ArtistRole.COLLABORATOR), "25.00", true, true, null);
    private final ArtistGrantRow expired = artistRow("Eve Expired", ArtistRole.MANAGER,
            ArtistRights.defaultsFor(ArtistRole.MANAGER), "10.00", true, false, Instant.now().minus(2, ChronoUnit.DAYS));
    private final ArtistGrantRow revoked = artistRow("Rita Revoked", ArtistRole.VIEWER, ArtistRights.NONE, "0.00", false,
            false, null);

    private static ArtistGrantRow artistRow(String name, ArtistRole role, ArtistRights flags, String share, boolean active,
                                            boolean inForce, Instant expiresAt) {
        return new ArtistGrantRow(UUID.randomUUID(), ARTIST, UUID.randomUUID(), name,
                name.toLowerCase().replace(' ', '.') + "@label.example", role, flags, new BigDecimal(share),
                UUID.randomUUID(), "Grace Hopper", Instant.parse("2025-03-01T10:00:00Z"), expiresAt, active, inForce, 3);
    }

    private void standing(ArtistRole role, ArtistRights held, boolean manage, boolean finances) {
        when(rights.onArtist(ARTIST)).thenReturn(new PeopleRights.OnArtist(true, role, held, manage, finances));
    }

    @BeforeEach
    void artistChosen() {
        when(service.artistGrants(ARTIST)).thenReturn(List.of(owner, collaborator, expired, revoked));
        when(accounts.mayCreateAccounts()).thenReturn(true);
    }

    private void open() {
        selection.choose(new ArtistSelection.Choice(ARTIST, "Nova Lines"));
        viewModel.followArtist(selection);
    }

    private GrantItem item(String name) {
        return viewModel.items().stream().filter(i -> i.person().equals(name)).findFirst().orElseThrow();
    }

    private void select(String name) {
        viewModel.selectedProperty().set(item(name));
    }

    @Test
    void theTableShowsEveryGrantWithRoleRightsGrantorExpiryStatusAndTheTotalShareInForce() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();

        assertThat(viewModel.headingProperty().get()).isEqualTo(Messages.format("people.titleOf", "Nova Lines"));
        assertThat(viewModel.items()).extracting(GrantItem::person)
                .containsExactly("Ada Lovelace", "Bob Moog", "Eve Expired", "Rita Revoked");
        GrantItem bob = item("Bob Moog");
        assertThat(bob.email()).isEqualTo("bob.moog@label.example");
        assertThat(bob.roleLabel()).isEqualTo(Messages.get("people.artistRole.collaborator"));
        assertThat(bob.flagsText()).isEqualTo("Songs · Analytics");
        assertThat(bob.flagsDescription()).isEqualTo("manage songs, view analytics");
        assertThat(bob.grantedBy()).isEqualTo("Grace Hopper");
        assertThat(bob.expires()).isEqualTo(Messages.get("people.expires.never"));
        assertThat(bob.status()).isEqualTo(GrantItem.Status.IN_FORCE);
        assertThat(bob.shareText()).isEqualTo("25.00 %");
        assertThat(item("Eve Expired").status()).isEqualTo(GrantItem.Status.EXPIRED);
        assertThat(item("Eve Expired").expiresOn()).isBefore(LocalDate.now(ZoneId.systemDefault()));
        assertThat(item("Rita Revoked").status()).isEqualTo(GrantItem.Status.REVOKED);
        assertThat(item("Rita Revoked").flagsText()).isEqualTo(Messages.get("people.flags.none"));
        // the expired and revoked grants' shares do not count
        assertThat(viewModel.shareTotalProperty().get()).isEqualTo("Shares: 75.00 % of 100 %");
        assertThat(viewModel.countTextProperty().get()).isEqualTo(Messages.format("people.count", 4, 2));
        assertThat(viewModel.standingTextProperty().get())
                .isEqualTo(Messages.format("people.standing.manager", Messages.get("people.artistRole.owner")));
    }

    @Test
    void anOwnerMayDoEverythingButRevokeTheLastOwnerOrTouchARevokedGrant() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();

        assertThat(viewModel.inviteReasonProperty().get()).isEmpty();
        assertThat(viewModel.changeReasonProperty().get()).isEqualTo(Messages.get("people.reason.noSelection"));
        select("Bob Moog");
        assertThat(viewModel.changeReasonProperty().get()).isEmpty();
        assertThat(viewModel.revokeReasonProperty().get()).isEmpty();
        assertThat(viewModel.shareReasonProperty().get()).isEmpty();
        select("Ada Lovelace");
        assertThat(viewModel.changeReasonProperty().get()).isEmpty();
        assertThat(viewModel.revokeReasonProperty().get()).isEqualTo(Messages.get("people.lastOwner"));
        select("Rita Revoked");
        assertThat(viewModel.changeReasonProperty().get()).isEqualTo(Messages.get("people.reason.revoked"));
        assertThat(viewModel.revokeReasonProperty().get()).isEqualTo(Messages.get("people.reason.revoked"));
        assertThat(viewModel.shareReasonProperty().get()).isEqualTo(Messages.get("people.reason.revoked"));
    }

    @Test
    void aPersonWithoutTheInviteRightSeesEveryActionDisabledWithTheReason() {
        standing(ArtistRole.COLLABORATOR, ArtistRights.defaultsFor(ArtistRole.COLLABORATOR), false, false);
        open();

        String reason = Messages.get("people.permission.artist");
        assertThat(viewModel.inviteReasonProperty().get()).isEqualTo(reason);
        select("Bob Moog");
        assertThat(viewModel.changeReasonProperty().get()).isEqualTo(reason);
        assertThat(viewModel.revokeReasonProperty().get()).isEqualTo(reason);
        assertThat(viewModel.shareReasonProperty().get()).isEqualTo(Messages.get("people.permission.finances"));
        assertThat(viewModel.standingTextProperty().get())
                .isEqualTo(Messages.format("people.standing.readOnly", Messages.get("people.artistRole.collaborator")));

        viewModel.invite();
        viewModel.change();
        viewModel.revoke();
        viewModel.setShare();
        assertThat(viewModel.grantFormProperty().get()).isNull();
        assertThat(viewModel.shareFormProperty().get()).isNull();
        verify(dialogs, never()).confirm(anyString(), anyString(), anyString());
    }

    @Test
    void aManagerMayNotChangeOrRevokeAGrantAboveTheirRole() {
        standing(ArtistRole.MANAGER, ArtistRights.defaultsFor(ArtistRole.MANAGER), true, false);
        open();

        select("Ada Lovelace");
        String above = Messages.format("people.grantAboveYours", Messages.get("people.artistRole.owner"),
                Messages.get("people.artistRole.manager"));
        assertThat(viewModel.changeReasonProperty().get()).isEqualTo(above);
        assertThat(viewModel.revokeReasonProperty().get()).isEqualTo(above);
        select("Bob Moog");
        assertThat(viewModel.changeReasonProperty().get()).isEmpty();
    }

    @Test
    void inviteOffersNoRoleAboveYoursDisablesRightsYouLackAndStartsFromTheRoleDefaults() {
        standing(ArtistRole.MANAGER, NO_RELEASES, true, false);
        open();

        viewModel.invite();
        GrantFormViewModel form = viewModel.grantFormProperty().get();
        assertThat(form).isNotNull();
        assertThat(form.isInvite()).isTrue();
        assertThat(form.newAccountOffered()).isTrue();
        assertThat(form.roles()).extracting(PeopleGateway.RoleChoice::value)
                .containsExactly("manager", "collaborator", "viewer");
        assertThat(form.roleProperty().get().value()).isEqualTo("collaborator");
        FlagOption releases = flag(form, "manageReleases");
        assertThat(releases.enabled()).isFalse();
        assertThat(releases.reason()).isEqualTo(Messages.get("people.reason.flagNotHeld"));
        assertThat(flag(form, "manageSongs").isSelected()).isTrue();

        form.roleProperty().set(form.roles().get(0));
        assertThat(flag(form, "editProfile").isSelected()).isTrue();
        assertThat(releases.isSelected()).as("a default the person does not hold stays off").isFalse();
    }

    @Test
    void invitingAnExistingPersonSendsTheFormAndReloads() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();
        long before = changes.versionProperty().get();

        viewModel.invite();
        GrantFormViewModel form = viewModel.grantFormProperty().get();
        form.emailProperty().set("new.person@label.example");
        flag(form, "viewAnalytics").selectedProperty().set(false);
        form.lastDayProperty().set(LocalDate.now(ZoneId.systemDefault()).plusDays(30));
        form.submit();

        verify(service).grantArtist(eq(ARTIST), eq("new.person@label.example"), eq(ArtistRole.COLLABORATOR),
                eq(new ArtistRights(false, false, true, false, false, false, false)),
                eq(LocalDate.now(ZoneId.systemDefault()).plusDays(31).atStartOfDay(ZoneId.systemDefault()).toInstant()));
        assertThat(viewModel.grantFormProperty().get()).isNull();
        assertThat(changes.versionProperty().get()).isGreaterThan(before);
    }

    @Test
    void aRefusedInviteStaysOpenWithTheReasonAndEverythingTyped() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();
        when(service.grantArtist(eq(ARTIST), anyString(), any(), any(), isNull()))
                .thenThrow(new AppException("people.unknownEmail", "nobody@label.example"));

        viewModel.invite();
        GrantFormViewModel form = viewModel.grantFormProperty().get();
        form.emailProperty().set("nobody@label.example");
        form.submit();

        assertThat(viewModel.grantFormProperty().get()).isSameAs(form);
        assertThat(form.errorProperty().get()).isEqualTo(Messages.format("people.unknownEmail", "nobody@label.example"));
        assertThat(form.emailProperty().get()).isEqualTo("nobody@label.example");
        assertThat(form.busyProperty().get()).isFalse();
    }

    @Test
    void anInvalidFormIsNotSentAndSaysWhy() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();

        viewModel.invite();
        GrantFormViewModel form = viewModel.grantFormProperty().get();
        form.newAccountProperty().set(true);
        form.emailProperty().set("not an email");
        form.passwordProperty().set("short");
        form.lastDayProperty().set(LocalDate.now(ZoneId.systemDefault()).minusDays(1));
        form.submit();

        assertThat(form.emailCheck().shownErrorProperty().get()).isNotEmpty();
        assertThat(form.displayNameCheck().shownErrorProperty().get()).isNotEmpty();
        assertThat(form.passwordCheck().shownErrorProperty().get()).isEqualTo(Messages.format("validation.password.tooShort", 10));
        assertThat(form.lastDayCheck().shownErrorProperty().get()).isEqualTo(Messages.get("people.expiresAt.past"));
        verify(accounts, never()).createAccount(anyString(), anyString(), any());
        verify(service, never()).grantArtist(any(), anyString(), any(), any(), any());
    }

    @Test
    void aNewAccountIsCreatedThenInvited_andWhenTheGrantIsRefusedTheFormTurnsToInvitingIt() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();
        when(accounts.createAccount(eq("sam@label.example"), eq("Sam Singer"), any()))
                .thenReturn(new AccountAdminService.CreatedAccount(UUID.randomUUID(), "sam@label.example", null));
        when(service.grantArtist(eq(ARTIST), eq("sam@label.example"), any(), any(), isNull()))
                .thenThrow(new AppException("people.flagsNotHeld", "manage finances"))
                .thenReturn(collaborator);

        viewModel.invite();
        GrantFormViewModel form = viewModel.grantFormProperty().get();
        form.newAccountProperty().set(true);
        form.emailProperty().set("sam@label.example");
        form.displayNameProperty().set("Sam Singer");
        form.passwordProperty().set("a long initial password");
        form.passwordRepeatedProperty().set("a long initial password");
        form.submit();

        assertThat(form.newAccountProperty().get()).as("the account exists now").isFalse();
        assertThat(form.errorProperty().get()).startsWith(Messages.format("people.invite.createdNotGranted", "sam@label.example"))
                .endsWith(Messages.format("people.flagsNotHeld", "manage finances"));

        form.submit();
        verify(accounts).createAccount(eq("sam@label.example"), eq("Sam Singer"), any());
        assertThat(viewModel.grantFormProperty().get()).isNull();
        verify(dialogs, never()).showInfo(anyString(), anyString());
    }

    @Test
    void onASharedCatalogueTheNewPersonsLoginRoleIsShownToWhoeverCreatedTheAccount() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();
        when(accounts.createAccount(eq("kim@label.example"), eq("Kim Keys"), any()))
                .thenReturn(new AccountAdminService.CreatedAccount(UUID.randomUUID(), "kim@label.example", "aaa_kim_1a2b3c4d"));
        when(service.grantArtist(eq(ARTIST), eq("kim@label.example"), any(), any(), isNull())).thenReturn(collaborator);

        viewModel.invite();
        GrantFormViewModel form = viewModel.grantFormProperty().get();
        form.newAccountProperty().set(true);
        form.emailProperty().set("kim@label.example");
        form.displayNameProperty().set("Kim Keys");
        form.passwordProperty().set("a long initial password");
        form.passwordRepeatedProperty().set("a long initial password");
        form.submit();

        verify(dialogs).showInfo(Messages.get("people.invite.loginRole.title"),
                Messages.format("people.invite.loginRole", "kim@label.example", "aaa_kim_1a2b3c4d"));
        assertThat(viewModel.grantFormProperty().get()).isNull();
    }

    @Test
    void theNewAccountChoiceIsOfferedOnlyToPeopleWhoMayCreateAccounts() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        when(accounts.mayCreateAccounts()).thenReturn(false);
        open();

        viewModel.invite();
        assertThat(viewModel.grantFormProperty().get().newAccountOffered()).isFalse();
    }

    @Test
    void changingTheLastOwnerKeepsTheirRoleAndExpiryWithTheReason() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();
        select("Ada Lovelace");

        viewModel.change();
        GrantFormViewModel form = viewModel.grantFormProperty().get();
        assertThat(form.isInvite()).isFalse();
        assertThat(form.lastOwnerReason()).isEqualTo(Messages.get("people.lastOwner"));
        assertThat(form.emailProperty().get()).isEqualTo("ada.lovelace@label.example");
        form.cancel();
        assertThat(viewModel.grantFormProperty().get()).isNull();

        select("Bob Moog");
        viewModel.change();
        form = viewModel.grantFormProperty().get();
        assertThat(form.lastOwnerReason()).isEmpty();
        assertThat(form.roleProperty().get().value()).isEqualTo("collaborator");
        flag(form, "manageReleases").selectedProperty().set(true);
        form.submit();
        GrantItem bob = item("Bob Moog");
        verify(service).changeArtistGrant(eq(bob.grantId()), eq(3L), eq(ArtistRole.COLLABORATOR),
                eq(new ArtistRights(false, true, true, false, false, true, false)), isNull());
    }

    @Test
    void revokeAsksFirstAndRevokesFromTheVersionRead() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();
        select("Bob Moog");
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(false, true);

        viewModel.revoke();
        verify(service, never()).revokeArtistGrant(any(), any(Long.class));

        viewModel.revoke();
        verify(service).revokeArtistGrant(collaborator.grantId(), 3L);
    }

    @Test
    void aRefusedRevokeIsShownAndTheListReloads() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();
        select("Bob Moog");
        when(dialogs.confirm(anyString(), anyString(), anyString())).thenReturn(true);
        AppException stale = new AppException("record.changedBySomeoneElse");
        when(service.revokeArtistGrant(collaborator.grantId(), 3L)).thenThrow(stale);

        viewModel.revoke();

        verify(dialogs).showError(stale);
        assertThat(viewModel.workingProperty().get()).isFalse();
    }

    @Test
    void theShareFormChecksTheRoomLeftThenSetsTheShare() {
        standing(ArtistRole.OWNER, ArtistRights.ALL, true, true);
        open();
        select("Bob Moog");

        viewModel.setShare();
        ShareFormViewModel form = viewModel.shareFormProperty().get();
        assertThat(form.shareProperty().get()).isEqualTo("25.00");
        assertThat(form.hint()).isEqualTo(Messages.format("people.share.hint", "50.00", "50.00"));
        form.shareProperty().set("60");
        assertThat(form.shareCheck().errorProperty().get())
                .isEqualTo(Messages.format("people.revenueShare.total", "50.00", "50.00"));
        form.shareProperty().set("12.345");
        assertThat(form.shareCheck().errorProperty().get()).isEqualTo(Messages.format("people.revenueShare.decimals", "12.345"));
        form.shareProperty().set("abc");
        assertThat(form.shareCheck().errorProperty().get()).isEqualTo(Messages.format("people.revenueShare.range", "abc"));
        form.shareProperty().set("50");
        assertThat(form.shareCheck().isValid()).isTrue();
        form.submit();

        verify(service).setRevenueShare(collaborator.grantId(), 3L, new BigDecimal("50"));
        assertThat(viewModel.shareFormProperty().get()).isNull();
    }

    @Test
    void noArtistChosenShowsNothing() {
        viewModel.followArtist(selection);

        assertThat(viewModel.noScopeProperty().get()).isTrue();
        assertThat(viewModel.items()).isEmpty();
        assertThat(viewModel.inviteReasonProperty().get()).isEqualTo(Messages.get("people.reason.loading"));
    }

    @Test
    void aListThatCannotBeReadSaysWhy() {
        when(service.artistGrants(ARTIST)).thenThrow(new AppException("permission.artist.view"));
        open();

        assertThat(viewModel.errorProperty().get()).isEqualTo(Messages.get("permission.artist.view"));
        assertThat(viewModel.items()).isEmpty();
    }

    @Test
    void anOrganizationsPeopleNeedTheManageUsersRightAndHaveNoShares() {
        PeopleViewModel organization = new PeopleViewModel(new OrganizationPeople(service, rights, accounts), executor,
                dialogs, changes, Clock.systemUTC());
        OrganizationGrantRow editor = new OrganizationGrantRow(UUID.randomUUID(), LABEL, UUID.randomUUID(), null,
                "ed@label.example", OrganizationRole.EDITOR, OrganizationRights.defaultsFor(OrganizationRole.EDITOR),
                UUID.randomUUID(), null, Instant.now(), null, true, true, 0);
        when(service.organizationGrants(LABEL)).thenReturn(List.of(editor));
        when(rights.onOrganization(LABEL)).thenReturn(new PeopleRights.OnOrganization(OrganizationRole.EDITOR,
                OrganizationRights.defaultsFor(OrganizationRole.EDITOR), false));

        organization.scopeProperty().set(new PeopleScope(LABEL, "Harbour Records"));

        assertThat(organization.hasShares()).isFalse();
        assertThat(organization.items()).extracting(GrantItem::person).containsExactly("ed@label.example");
        assertThat(organization.items().get(0).shareText()).isEmpty();
        assertThat(organization.items().get(0).flagsText()).isEqualTo("Releases");
        assertThat(organization.inviteReasonProperty().get()).isEqualTo(Messages.get("people.permission.organization"));
    }

    @Test
    void anOrganizationManagerInvitesWithTheOrganizationsRolesAndFlags() {
        PeopleViewModel organization = new PeopleViewModel(new OrganizationPeople(service, rights, accounts), executor,
                dialogs, changes, Clock.systemUTC());
        when(service.organizationGrants(LABEL)).thenReturn(List.of());
        when(rights.onOrganization(LABEL)).thenReturn(new PeopleRights.OnOrganization(OrganizationRole.ADMIN,
                new OrganizationRights(true, true, false, true), true));
        organization.scopeProperty().set(new PeopleScope(LABEL, "Harbour Records"));

        organization.invite();
        GrantFormViewModel form = organization.grantFormProperty().get();
        assertThat(form.roles()).extracting(PeopleGateway.RoleChoice::value)
                .containsExactly("admin", "manager", "editor", "viewer");
        assertThat(form.roleProperty().get().value()).isEqualTo("editor");
        assertThat(form.flags()).extracting(FlagOption::key)
                .containsExactly("manageArtists", "manageReleases", "manageFinances", "manageUsers");
        assertThat(flag(form, "manageFinances").enabled()).isFalse();
        form.emailProperty().set("ed@label.example");
        form.submit();

        verify(service).grantOrganization(LABEL, "ed@label.example", OrganizationRole.EDITOR,
                new OrganizationRights(false, true, false, false), null);
    }

    private static FlagOption flag(GrantFormViewModel form, String key) {
        return form.flags().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
    }
}
