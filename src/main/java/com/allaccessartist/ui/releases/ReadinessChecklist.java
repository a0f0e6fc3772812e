package com.allaccessartist.ui.releases;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.domain.catalog.ReleaseReadiness;
import com.allaccessartist.domain.catalog.ReleaseStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the release still needs for its next forward status that has content rules: scheduled
 * (from draft, in progress or mastered) or released (from scheduled, and for a released release
 * to stay valid), computed by {@link ReleaseReadiness} on the editor's current values.
 */
public final class ReadinessChecklist {

    private final Clock clock;
    private final ReadOnlyObjectWrapper<ReleaseStatus> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ObservableList<ReadinessLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");

    ReadinessChecklist(Clock clock) {
        this.clock = clock;
    }

    /** The status whose rules a release in {@code status} is checked against, null for archived. */
    static ReleaseStatus targetFor(ReleaseStatus status) {
        return switch (status) {
            case DRAFT, IN_PROGRESS, MASTERED -> ReleaseStatus.SCHEDULED;
            case SCHEDULED, RELEASED -> ReleaseStatus.RELEASED;
            case ARCHIVED -> null;
        };
    }

    void update(ReleaseStatus status, ReleaseReadiness.Snapshot release) {
        ReleaseStatus checkedFor = targetFor(status);
        target.set(checkedFor);
        List<ReadinessLine> items = checkedFor == null ? List.of() : check(release, checkedFor);
        if (!items.equals(lines)) {
            lines.setAll(items);
        }
        ready.set(items.stream().allMatch(ReadinessLine::met));
    }

    /** The checklist for moving to {@code status}, as lines. */
    List<ReadinessLine> check(ReleaseReadiness.Snapshot release, ReleaseStatus status) {
        return ReleaseReadiness.check(release, status, LocalDate.now(clock)).stream()
                .map(item -> new ReadinessLine(Messages.format(item.key(), shown(item.args())), detail(item), item.met(),
                        item.field(), item.key()))
                .toList();
    }

    private static String detail(ReleaseReadiness.Item item) {
        Object[] args = item.args();
        boolean nothingToAdd = item.met() || args.length == 0 || args[0] == null || args[0].toString().isBlank();
        String detail = nothingToAdd ? "" : Messages.format(item.key() + ".detail", shown(args));
        return detail.isEmpty() ? detail : Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
    }

    private static Object[] shown(Object[] args) {
        return Arrays.stream(args).map(arg -> arg instanceof LocalDate date ? ReleaseLabels.date(date) : arg).toArray();
    }

    /** The status the checklist is for (scheduled or released), null when there is none. */
    public ReadOnlyObjectProperty<ReleaseStatus> targetProperty() { return target.getReadOnlyProperty(); }
    public ObservableList<ReadinessLine> lines() { return lines; }
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
}
