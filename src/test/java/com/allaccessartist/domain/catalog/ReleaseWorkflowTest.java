package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ReleaseStatus.ARCHIVED;
import static com.allaccessartist.domain.catalog.ReleaseStatus.DRAFT;
import static com.allaccessartist.domain.catalog.ReleaseStatus.IN_PROGRESS;
import static com.allaccessartist.domain.catalog.ReleaseStatus.MASTERED;
import static com.allaccessartist.domain.catalog.ReleaseStatus.RELEASED;
import static com.allaccessartist.domain.catalog.ReleaseStatus.SCHEDULED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The documented move table of {@link ReleaseWorkflow}, cell by cell. */
class ReleaseWorkflowTest {

    /** The table in the class's Javadoc: forward moves (can_manage_releases). */
    private static final Map<ReleaseStatus, Set<ReleaseStatus>> FORWARD = Map.of(
            DRAFT, EnumSet.of(IN_PROGRESS, ARCHIVED),
            IN_PROGRESS, EnumSet.of(MASTERED, ARCHIVED),
            MASTERED, EnumSet.of(SCHEDULED, ARCHIVED),
            SCHEDULED, EnumSet.of(RELEASED),
            RELEASED, EnumSet.of(ARCHIVED),
            ARCHIVED, EnumSet.noneOf(ReleaseStatus.class));

    /** Moves back (administrators only). */
    private static final Map<ReleaseStatus, Set<ReleaseStatus>> BACK = Map.of(
            DRAFT, EnumSet.noneOf(ReleaseStatus.class),
            IN_PROGRESS, EnumSet.of(DRAFT),
            MASTERED, EnumSet.of(IN_PROGRESS),
            SCHEDULED, EnumSet.of(MASTERED),
            RELEASED, EnumSet.of(SCHEDULED),
            ARCHIVED, EnumSet.of(RELEASED, DRAFT));

    @Test
    void peopleWhoManageReleasesMakeExactlyTheForwardMoves() {
        for (ReleaseStatus from : ReleaseStatus.values()) {
            assertThat(ReleaseWorkflow.moves(from, false)).as("from %s", from).isEqualTo(FORWARD.get(from));
        }
    }

    @Test
    void administratorsAlsoMakeExactlyTheMovesBack() {
        for (ReleaseStatus from : ReleaseStatus.values()) {
            Set<ReleaseStatus> expected = EnumSet.noneOf(ReleaseStatus.class);
            expected.addAll(FORWARD.get(from));
            expected.addAll(BACK.get(from));
            assertThat(ReleaseWorkflow.moves(from, true)).as("from %s", from).isEqualTo(expected);
        }
    }

    @Test
    void everyCellOfTheTableIsAForwardMoveABackMoveOrNoMove() {
        for (ReleaseStatus from : ReleaseStatus.values()) {
            for (ReleaseStatus to : ReleaseStatus.values()) {
                boolean forward = FORWARD.get(from).contains(to);
                boolean back = BACK.get(from).contains(to);
                assertThat(ReleaseWorkflow.isMoveBack(from, to)).as("%s → %s back", from, to).isEqualTo(back);
                assertThat(ReleaseWorkflow.exists(from, to)).as("%s → %s exists", from, to).isEqualTo(forward || back);
                assertThat(forward && back).as("%s → %s is not both", from, to).isFalse();
            }
        }
    }

    @Test
    void theTableHasTheIssuesWorkflowInOrderAndArchivingAsTheEnd() {
        assertThat(ReleaseWorkflow.moves(DRAFT, false)).contains(IN_PROGRESS);
        assertThat(ReleaseWorkflow.moves(IN_PROGRESS, false)).contains(MASTERED);
        assertThat(ReleaseWorkflow.moves(MASTERED, false)).contains(SCHEDULED);
        assertThat(ReleaseWorkflow.moves(SCHEDULED, false)).containsExactly(RELEASED);
        assertThat(ReleaseWorkflow.moves(RELEASED, false)).containsExactly(ARCHIVED);
        assertThat(ReleaseWorkflow.moves(ARCHIVED, false)).isEmpty();
        assertThat(ReleaseWorkflow.moves(DRAFT, false)).doesNotContain(SCHEDULED, RELEASED);
    }

    @Test
    void onlyArchivedReleasesAreReadOnly() {
        for (ReleaseStatus status : ReleaseStatus.values()) {
            assertThat(ReleaseWorkflow.isReadOnly(status)).as("%s", status).isEqualTo(status == ARCHIVED);
        }
    }

    @Test
    void theMovesCannotBeChangedByTheirReader() {
        assertThatThrownBy(() -> ReleaseWorkflow.moves(DRAFT, true).add(RELEASED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(ReleaseWorkflow.moves(DRAFT, false)).doesNotContain(RELEASED);
    }

    @Property
    void noStatusMovesToItselfAndAdministratorsCanDoEverythingOthersCan(@ForAll ReleaseStatus from,
                                                                        @ForAll ReleaseStatus to) {
        assertThat(ReleaseWorkflow.exists(from, from)).isFalse();
        if (ReleaseWorkflow.moves(from, false).contains(to)) {
            assertThat(ReleaseWorkflow.moves(from, true)).contains(to);
        }
    }
}
