package com.allaccessartist.ui.splits;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.IpiNameNumber;
import com.allaccessartist.domain.splits.SplitParty;
import com.allaccessartist.domain.splits.SplitRole;
import com.allaccessartist.domain.splits.SplitShare;
import com.allaccessartist.ui.common.FieldCheck;
import java.math.BigDecimal;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One line of a split sheet as typed: a person in the system (found by email; {@code userId}) or
 * a named outside party, the role, optional IPI and society, and the share as text read exactly
 * (two decimals). Each cell is checked by the domain's own rule.
 */
public final class SplitLineRow {

    private final ObjectProperty<UUID> userId = new SimpleObjectProperty<>(this, "userId");
    private final StringProperty email = new SimpleStringProperty(this, "email", "");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<SplitRole> role = new SimpleObjectProperty<>(this, "role");
    private final StringProperty ipi = new SimpleStringProperty(this, "ipi", "");
    private final StringProperty society = new SimpleStringProperty(this, "society", "");
    private final StringProperty share = new SimpleStringProperty(this, "share", "");
    private final FieldCheck nameCheck = new FieldCheck(name, () -> name.get().isBlank() ? Messages.get("split.line.nameEmpty") : null);
    private final FieldCheck ipiCheck = new FieldCheck(ipi, FieldCheck.throwing(() -> {
        if (!ipi.get().isBlank()) {
            IpiNameNumber.parse(ipi.get());
        }
    }));
    private final FieldCheck shareCheck = new FieldCheck(share, FieldCheck.throwing(() -> SplitShare.parse(share.get())));
    private final BooleanBinding valid = Bindings.createBooleanBinding(
            () -> nameCheck.isValid() && ipiCheck.isValid() && shareCheck.isValid() && role.get() != null,
            nameCheck.validProperty(), ipiCheck.validProperty(), shareCheck.validProperty(), role);

    SplitLineRow(SplitRole role) {
        this.role.set(role);
    }

    /** A saved party as its line. */
    static SplitLineRow of(SplitParty party) {
        SplitLineRow row = new SplitLineRow(party.role());
        row.userId.set(party.userId());
        row.name.set(party.legalName());
        row.ipi.set(party.ipi() == null ? "" : party.ipi().value());
        row.society.set(party.society() == null ? "" : party.society());
        row.share.set(party.share().toString());
        return row;
    }

    /** The line as the domain takes it; only for a valid line. */
    SplitParty toParty() {
        return new SplitParty(userId.get(), name.get(), role.get(),
                ipi.get().isBlank() ? null : IpiNameNumber.parse(ipi.get()), society.get(), SplitShare.parse(share.get()));
    }

    /** The share as an exact number, or zero while it is not a valid share. */
    BigDecimal shareOrZero() {
        return shareCheck.isValid() ? SplitShare.parse(share.get()).value() : BigDecimal.ZERO;
    }

    /** Everything a change of which changes the line (for the list's extractor). */
    Observable[] observables() {
        return new Observable[] {userId, email, name, role, ipi, society, share};
    }

    /** The line's first problem, or null. */
    String problem() {
        for (FieldCheck check : new FieldCheck[] {nameCheck, ipiCheck, shareCheck}) {
            if (!check.isValid()) {
                return check.errorProperty().get();
            }
        }
        return null;
    }

    public ObjectProperty<UUID> userIdProperty() { return userId; }
    public StringProperty emailProperty() { return email; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<SplitRole> roleProperty() { return role; }
    public StringProperty ipiProperty() { return ipi; }
    public StringProperty societyProperty() { return society; }
    public StringProperty shareProperty() { return share; }
    public FieldCheck ipiCheck() { return ipiCheck; }
    public FieldCheck shareCheck() { return shareCheck; }
    public BooleanBinding validProperty() { return valid; }
}
