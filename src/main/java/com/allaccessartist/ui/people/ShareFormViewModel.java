package com.allaccessartist.ui.people;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.service.people.PeopleService;
import com.allaccessartist.ui.common.BackgroundTask;
import com.allaccessartist.ui.common.ErrorText;
import com.allaccessartist.ui.common.FieldCheck;
import com.allaccessartist.ui.common.TaskExecutor;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Set revenue share form of one artist grant: a percentage from 0 to 100 with at most two
 * decimals, checked as typed, including the room the other grants in force leave; the service
 * checks again and its refusal stays in the form.
 */
public final class ShareFormViewModel {

    private final TaskExecutor executor;
    private final GrantItem grant;
    private final BigDecimal others;
    private final Consumer<BigDecimal> submitter;
    private final Runnable onDone;
    private final Runnable onCancel;
    private final StringProperty share = new SimpleStringProperty(this, "share", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final FieldCheck shareCheck;
    private final BooleanBinding canSubmit;

    /** @param others the shares the artist's other grants in force hold together */
    ShareFormViewModel(TaskExecutor executor, GrantItem grant, BigDecimal others, Consumer<BigDecimal> submitter,
                       Runnable onDone, Runnable onCancel) {
        this.executor = executor;
        this.grant = grant;
        this.others = others;
        this.submitter = submitter;
        this.onDone = onDone;
        this.onCancel = onCancel;
        share.set(grant.share() == null ? "" : grant.share().toPlainString());
        shareCheck = new FieldCheck(share, this::problem);
        canSubmit = shareCheck.validProperty().and(busy.not());
    }

    /** The share typed, or null when it is not a number. */
    private BigDecimal parsed() {
        try {
            return new BigDecimal(share.get().strip().replace(',', '.').replace("%", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String problem() {
        if (share.get().isBlank()) {
            return Messages.get("people.revenueShare.missing");
        }
        BigDecimal value = parsed();
        if (value == null || value.signum() < 0 || value.compareTo(PeopleService.FULL_SHARE) > 0) {
            return Messages.format("people.revenueShare.range", share.get().strip());
        }
        if (value.stripTrailingZeros().scale() > PeopleService.SHARE_SCALE) {
            return Messages.format("people.revenueShare.decimals", share.get().strip());
        }
        if (grant.inForce() && value.signum() > 0 && others.add(value).compareTo(PeopleService.FULL_SHARE) > 0) {
            return Messages.format("people.revenueShare.total", others.toPlainString(), room().toPlainString());
        }
        return "";
    }

    private BigDecimal room() {
        return PeopleService.FULL_SHARE.subtract(others).max(BigDecimal.ZERO.setScale(PeopleService.SHARE_SCALE));
    }

    /** Save: asks the service off the FX thread. */
    public void submit() {
        shareCheck.reveal();
        if (!canSubmit.get()) {
            return;
        }
        BigDecimal value = parsed();
        busy.set(true);
        error.set("");
        executor.submit(BackgroundTask.running(context -> submitter.accept(value))
                .onSuccess(done -> onDone.run())
                .onFailure(failure -> error.set(ErrorText.of(failure)))
                .onFinished(() -> busy.set(false)));
    }

    public void cancel() {
        if (!busy.get()) {
            onCancel.run();
        }
    }

    public String title() { return Messages.format("people.share.title", grant.person()); }
    /** "The other grants in force share 40.00 %: up to 60.00 % is left." */
    public String hint() {
        return grant.inForce() ? Messages.format("people.share.hint", others.toPlainString(), room().toPlainString())
                : Messages.get("people.share.hintNotInForce");
    }
    public StringProperty shareProperty() { return share; }
    public FieldCheck shareCheck() { return shareCheck; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyStringProperty errorProperty() { return error.getReadOnlyProperty(); }
    public BooleanBinding canSubmitProperty() { return canSubmit; }
}
