package com.allaccessartist.ui.people;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.people.PeopleService;
import com.allaccessartist.ui.common.ArtistSelection;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.CatalogueChanges;
import com.allaccessartist.ui.common.DialogService;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
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
 * The People screen of one organization or artist ({@link PeopleGateway}): every grant, in force,
 * expired or revoked, and the actions on them — Invite, Change, Revoke and, for artists, Set
 * revenue share. Each action is offered only when the service would allow it; otherwise its
 * reason says why (no right to change access, a grant above the person's role, the last owner, a
 * revoked grant). Invite and Change open a {@link GrantFormViewModel}, Set revenue share a
 * {@link ShareFormViewModel}: the View shows them as dialogs while they are set.
 */
public final class PeopleViewModel {

    private final PeopleGateway gateway;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final CatalogueChanges changes;
    private final Clock clock;
    private final ObjectProperty<PeopleScope> scope = new SimpleObjectProperty<>(this, "scope");
    private final ObservableList<GrantItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<GrantItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<PeopleGateway.Standing> standing = new ReadOnlyObjectWrapper<>(this, "standing");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(this, "working");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<GrantFormViewModel> grantForm = new ReadOnlyObjectWrapper<>(this, "grantForm");
    private final ReadOnlyObjectWrapper<ShareFormViewModel> shareForm = new ReadOnlyObjectWrapper<>(this, "shareForm");
    private final StringBinding inviteReason;
    private final StringBinding changeReason;
    private final StringBinding revokeReason;
    private final StringBinding shareReason;
    private final StringBinding heading;
    private final StringBinding standingText;
    private final StringBinding shareTotal;
    private final StringBinding countText;
    private final BooleanBinding noScope;
    private long request;

    public PeopleViewModel(PeopleGateway gateway, TaskExecutor executor, DialogService dialogs, CatalogueChanges changes,
                           Clock clock) {
        this.gateway = gateway;
        this.executor = executor;
        this.dialogs = dialogs;
        this.changes = changes;
        this.clock = clock;
        noScope = scope.isNull();
        inviteReason = Bindings.createStringBinding(() -> notReady().orElseGet(this::manageReason), scope, standing, working);
        changeReason = Bindings.createStringBinding(() -> grantReason(false), scope, standing, working, selected, items);
        revokeReason = Bindings.createStringBinding(() -> grantReason(true), scope, standing, working, selected, items);
        shareReason = Bindings.createStringBinding(this::shareReasonNow, scope, standing, working, selected);
        heading = Bindings.createStringBinding(() -> scope.get() == null ? Messages.get("people.title")
                : Messages.format("people.titleOf", scope.get().name()), scope);
        standingText = Bindings.createStringBinding(this::standingTextNow, standing);
        shareTotal = Bindings.createStringBinding(() -> Messages.format("people.share.total", total().toPlainString(),
                PeopleService.FULL_SHARE.stripTrailingZeros().toPlainString()), items);
        countText = Bindings.createStringBinding(() -> Messages.format("people.count", items.size(),
                items.stream().filter(GrantItem::inForce).count()), items);
        scope.addListener((o, old, now) -> refresh());
        changes.versionProperty().addListener(o -> refresh());
    }

    /** Shows the people of the artist chosen in the toolbar, following each new choice. */
    public void followArtist(ArtistSelection selection) {
        selection.currentProperty().addListener((o, old, artist) -> scope.set(scopeOf(artist)));
        scope.set(scopeOf(selection.current()));
    }

    private static PeopleScope scopeOf(ArtistSelection.Choice artist) {
        return artist == null ? null : new PeopleScope(artist.id(), artist.name());
    }

    /** Loads the grants and the person's standing again; the latest request wins. */
    public void refresh() {
        PeopleScope place = scope.get();
        long current = ++request;
        if (place == null) {
            items.clear();
            standing.set(null);
            return;
        }
        loading.set(true);
        executor.submit(BackgroundTask.of(context -> gateway.load(place.id()))
                .onSuccess(loaded -> {
                    if (current == request) {
                        UUID keep = selected.get() == null ? null : selected.get().grantId();
                        error.set("");
                        standing.set(loaded.standing());
                        items.setAll(loaded.grants());
                        selected.set(items.stream().filter(i -> i.grantId().equals(keep)).findFirst().orElse(null));
                    }
                })
                .onFailure(failure -> {
                    if (current == request) {
                        error.set(ErrorText.of(failure));
                        items.clear();
                        standing.set(null);
                    }
                })
                .onFinished(() -> {
                    if (current == request) {
                        loading.set(false);
                    }
                }));
    }

    /** Invite…: the form for a new grant. */
    public void invite() {
        if (inviteReason.get().isEmpty()) {
            PeopleScope place = scope.get();
            grantForm.set(GrantFormViewModel.invite(gateway, executor, clock, standing.get(),
                    form -> gateway.grant(place.id(), form.email(), form.role(), form.flags(), form.expiresAt()),
                    this::formDone, () -> grantForm.set(null)));
        }
    }

    /** Change… (Enter): the form for the selected grant's role, flags and expiry. */
    public void change() {
        GrantItem grant = selected.get();
        if (grant != null && changeReason.get().isEmpty()) {
            grantForm.set(GrantFormViewModel.change(gateway, executor, clock, standing.get(), grant, lastOwner(grant),
                    form -> gateway.change(grant, form.role(), form.flags(), form.expiresAt()),
                    this::formDone, () -> grantForm.set(null)));
        }
    }

    /** Revoke (Delete): after confirmation; the grant stays, revoked, in the list. */
    public void revoke() {
        GrantItem grant = selected.get();
        if (grant == null || !revokeReason.get().isEmpty() || !dialogs.confirm(Messages.get("people.revoke.title"),
                Messages.format("people.revoke.message", grant.person(), scope.get().name()),
                Messages.get("people.revoke.confirm"))) {
            return;
        }
        working.set(true);
        executor.submit(BackgroundTask.running(context -> gateway.revoke(grant))
                .onSuccess(done -> changes.changed())
                .onFailure(failure -> {
                    dialogs.showError(failure);
                    refresh();
                })
                .onFinished(() -> working.set(false)));
    }

    /** Set revenue share… (artists): the form for the selected grant's share. */
    public void setShare() {
        GrantItem grant = selected.get();
        if (grant != null && shareReason.get().isEmpty()) {
            BigDecimal others = grant.inForce() ? total().subtract(grant.share()) : total();
            shareForm.set(new ShareFormViewModel(executor, grant, others,
                    share -> gateway.setShare(grant, share), this::formDone, () -> shareForm.set(null)));
        }
    }

    private void formDone() {
        GrantFormViewModel done = grantForm.get();
        if (done != null && done.createdLoginRole() != null) {
            // on a shared catalogue the new person signs in with their own login role: tell whoever made it
            dialogs.showInfo(Messages.get("people.invite.loginRole.title"),
                    Messages.format("people.invite.loginRole", done.emailProperty().get().strip(), done.createdLoginRole()));
        }
        grantForm.set(null);
        shareForm.set(null);
        changes.changed();
    }

    // --- reasons ----------------------------------------------------------------------------------

    private java.util.Optional<String> notReady() {
        if (scope.get() == null || standing.get() == null || working.get()) {
            return java.util.Optional.of(Messages.get("people.reason.loading"));
        }
        return java.util.Optional.empty();
    }

    private String manageReason() {
        return standing.get().mayManage() ? "" : gateway.noManageReason();
    }

    private String grantReason(boolean revoking) {
        return notReady().orElseGet(() -> {
            GrantItem grant = selected.get();
            if (grant == null) {
                return Messages.get("people.reason.noSelection");
            }
            String manage = manageReason();
            if (!manage.isEmpty()) {
                return manage;
            }
            if (grant.status() == GrantItem.Status.REVOKED) {
                return Messages.get("people.reason.revoked");
            }
            PeopleGateway.Standing mine = standing.get();
            if (grant.rank() > mine.rank()) {
                return Messages.format("people.grantAboveYours", grant.roleLabel(), mine.roleLabel());
            }
            return revoking && lastOwner(grant) ? Messages.get("people.lastOwner") : "";
        });
    }

    private String shareReasonNow() {
        return notReady().orElseGet(() -> {
            GrantItem grant = selected.get();
            if (grant == null) {
                return Messages.get("people.reason.noSelection");
            }
            if (!standing.get().mayManageFinances()) {
                return Messages.get("people.permission.finances");
            }
            return grant.status() == GrantItem.Status.REVOKED ? Messages.get("people.reason.revoked") : "";
        });
    }

    /** Whether {@code grant} is the only owner grant in force here. */
    boolean lastOwner(GrantItem grant) {
        return grant.owner() && grant.inForce()
                && items.stream().noneMatch(other -> other != grant && other.owner() && other.inForce()
                        && !other.grantId().equals(grant.grantId()));
    }

    private String standingTextNow() {
        PeopleGateway.Standing mine = standing.get();
        if (mine == null) {
            return "";
        }
        String role = mine.roleLabel().isEmpty() ? Messages.get("people.standing.noRole") : mine.roleLabel();
        return Messages.format(mine.mayManage() ? "people.standing.manager" : "people.standing.readOnly", role);
    }

    /** The shares of the grants in force, together. */
    private BigDecimal total() {
        return items.stream().filter(GrantItem::inForce).map(GrantItem::share).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(PeopleService.SHARE_SCALE), BigDecimal::add);
    }

    public boolean hasShares() { return gateway.hasShares(); }
    public List<String> flagKeys() { return gateway.flagKeys(); }
    public ObjectProperty<PeopleScope> scopeProperty() { return scope; }
    public ObservableList<GrantItem> items() { return items; }
    public ObjectProperty<GrantItem> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<PeopleGateway.Standing> standingProperty() { return standing.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty workingProperty() { return working.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    /** The open Invite or Change form, shown as a dialog while set. */
    public ReadOnlyObjectProperty<GrantFormViewModel> grantFormProperty() { return grantForm.getReadOnlyProperty(); }
    /** The open Set revenue share form, shown as a dialog while set. */
    public ReadOnlyObjectProperty<ShareFormViewModel> shareFormProperty() { return shareForm.getReadOnlyProperty(); }
    /** Why Invite is not possible now; empty when it is. */
    public StringBinding inviteReasonProperty() { return inviteReason; }
    public StringBinding changeReasonProperty() { return changeReason; }
    public StringBinding revokeReasonProperty() { return revokeReason; }
    public StringBinding shareReasonProperty() { return shareReason; }
    public StringBinding headingProperty() { return heading; }
    /** "You are Owner here and may change who has access." or why not. */
    public StringBinding standingTextProperty() { return standingText; }
    /** "Shares: 75.00 % of 100 %" (the grants in force). */
    public StringBinding shareTotalProperty() { return shareTotal; }
    public StringBinding countTextProperty() { return countText; }
    /** No organization or artist is chosen. */
    public BooleanBinding noScopeProperty() { return noScope; }
}
