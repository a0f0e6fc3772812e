package com.allaccessartist.domain.splits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.ValidationException;
import com.allaccessartist.domain.catalog.IpiNameNumber;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SplitSheetDraftTest {

    private static SplitParty party(String name, SplitRole role, String share) {
        return new SplitParty(null, name, role, null, null, SplitShare.parse(share));
    }

    @Test
    void aPublishingSheetOfThreeWritersIsCompleteAtExactlyAHundred() {
        SplitSheetDraft sheet = new SplitSheetDraft(SheetKind.PUBLISHING, List.of(
                party("Ada Lovelace", SplitRole.COMPOSER, "33.33"),
                party("Charles Babbage", SplitRole.LYRICIST, "33.33"),
                new SplitParty(UUID.randomUUID(), "Mary Somerville", SplitRole.PUBLISHER, IpiNameNumber.parse("00014107338"),
                        "PRS", SplitShare.parse("33.34"))));

        assertThat(sheet.total()).isEqualTo(new BigDecimal("100.00"));
        assertThat(sheet.remaining()).isEqualByComparingTo("0");
        assertThat(sheet.problems()).isEmpty();
        assertThat(sheet.isComplete()).isTrue();
        sheet.checkAgreeable();
    }

    @Test
    void anIncompleteSheetSavesAsADraftButCannotBeAgreed() {
        SplitSheetDraft sheet = new SplitSheetDraft(SheetKind.MASTER, List.of(party("Nova Lines", SplitRole.ARTIST, "80"),
                party("Northern Flow Records", SplitRole.LABEL, "15")));

        sheet.checkSavable();
        assertThat(sheet.isComplete()).isFalse();
        assertThat(sheet.remaining()).isEqualTo(new BigDecimal("5.00"));
        ValidationException refused = catchThrowableOfType(ValidationException.class, sheet::checkAgreeable);
        assertThat(refused.key()).isEqualTo("validation.split.incomplete");
        assertThat(refused.args()).containsExactly("95.00");
    }

    @Test
    void overAHundredARoleOfTheOtherPieOrAPartyTwiceIsNotSaved() {
        SplitSheetDraft over = new SplitSheetDraft(SheetKind.MASTER, List.of(party("A", SplitRole.ARTIST, "60"),
                party("B", SplitRole.PRODUCER, "40.01")));
        assertThat(catchThrowableOfType(ValidationException.class, over::checkSavable).key())
                .isEqualTo("validation.split.overHundred");

        SplitSheetDraft wrongPie = new SplitSheetDraft(SheetKind.MASTER, List.of(party("A", SplitRole.COMPOSER, "100")));
        ValidationException role = catchThrowableOfType(ValidationException.class, wrongPie::checkSavable);
        assertThat(role.key()).isEqualTo("validation.split.roleOfOtherSheet");
        assertThat(role.args()).containsExactly(1, "composer");

        SplitSheetDraft twice = new SplitSheetDraft(SheetKind.PUBLISHING, List.of(party("Ada", SplitRole.WRITER, "50"),
                party(" ada ", SplitRole.WRITER, "50")));
        assertThat(catchThrowableOfType(ValidationException.class, twice::checkSavable).key())
                .isEqualTo("validation.split.duplicateParty");
        SplitSheetDraft twoRoles = new SplitSheetDraft(SheetKind.PUBLISHING, List.of(party("Ada", SplitRole.WRITER, "50"),
                party("Ada", SplitRole.PUBLISHER, "50")));
        assertThat(twoRoles.isComplete()).as("one person, two roles").isTrue();
    }

    @Test
    void splittingThreeWaysGivesTheLeftOverCentToTheFirstParty() {
        SplitSheetDraft even = new SplitSheetDraft(SheetKind.PUBLISHING, List.of(party("A", SplitRole.WRITER, "1"),
                party("B", SplitRole.WRITER, "1"), party("C", SplitRole.PUBLISHER, "1"))).splitEvenly();

        assertThat(even.parties()).extracting(p -> p.share().toString()).containsExactly("33.34", "33.33", "33.33");
        assertThat(even.isComplete()).isTrue();
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> new SplitSheetDraft(SheetKind.MASTER, List.of()).splitEvenly()).key()).isEqualTo("validation.split.noParties");
    }

    @Property
    void anEvenSplitTotalsExactlyAHundredWithSharesAtMostACentApart(@ForAll @IntRange(min = 1, max = 200) int n) {
        List<SplitParty> parties = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parties.add(party("Party " + i, SplitRole.WRITER, "1"));
        }

        SplitSheetDraft even = new SplitSheetDraft(SheetKind.PUBLISHING, parties).splitEvenly();

        assertThat(even.total()).isEqualTo(new BigDecimal("100.00"));
        BigDecimal max = even.parties().stream().map(p -> p.share().value()).max(BigDecimal::compareTo).orElseThrow();
        BigDecimal min = even.parties().stream().map(p -> p.share().value()).min(BigDecimal::compareTo).orElseThrow();
        assertThat(max.subtract(min)).isLessThanOrEqualTo(new BigDecimal("0.01"));
        assertThat(even.isComplete()).isTrue();
    }

    @Property
    void theTotalIsTheExactSumOfTheCents(@ForAll @Size(max = 30) List<@IntRange(min = 1, max = 10_000) Integer> cents) {
        List<SplitParty> parties = new ArrayList<>();
        for (int i = 0; i < cents.size(); i++) {
            parties.add(party("P" + i, SplitRole.ARTIST, BigDecimal.valueOf(cents.get(i), 2).toPlainString()));
        }
        SplitSheetDraft sheet = new SplitSheetDraft(SheetKind.MASTER, parties);
        long sum = cents.stream().mapToLong(Integer::longValue).sum();

        assertThat(sheet.total()).isEqualTo(BigDecimal.valueOf(sum, 2));
        assertThat(sheet.isComplete()).isEqualTo(sum == 10_000);
        assertThat(sheet.problems().isEmpty()).isEqualTo(sum <= 10_000);
    }

    /** An edit a person may make in the split sheet editor. */
    sealed interface Edit permits Add, Change, Remove, Even, Save, Agree {
    }

    record Add(int cents) implements Edit {
    }

    record Change(int line, int cents) implements Edit {
    }

    record Remove(int line) implements Edit {
    }

    record Even() implements Edit {
    }

    record Save() implements Edit {
    }

    record Agree() implements Edit {
    }

    /**
     * A sheet kept the way the service keeps it: a save goes through only if the draft is savable
     * (it then becomes a new draft version), an agreement only if the saved sheet is agreeable.
     */
    @Property(tries = 1000)
    void noSequenceOfEditsSavesASheetOverAHundredOrAgreesAnIncompleteOne(@ForAll("edits") List<Edit> edits) {
        List<SplitParty> editing = new ArrayList<>();
        SplitSheetDraft saved = new SplitSheetDraft(SheetKind.MASTER, List.of());
        SheetStatus status = SheetStatus.DRAFT;
        int names = 0;
        for (Edit edit : edits) {
            if (edit instanceof Add add) {
                editing.add(party("Party " + names++, SplitRole.ARTIST, cents(add.cents())));
            } else if (edit instanceof Change change && !editing.isEmpty()) {
                int line = change.line() % editing.size();
                editing.set(line, editing.get(line).withShare(SplitShare.parse(cents(change.cents()))));
            } else if (edit instanceof Remove remove && !editing.isEmpty()) {
                editing.remove(remove.line() % editing.size());
            } else if (edit instanceof Even && !editing.isEmpty()) {
                editing = new ArrayList<>(new SplitSheetDraft(SheetKind.MASTER, editing).splitEvenly().parties());
            } else if (edit instanceof Save) {
                SplitSheetDraft draft = new SplitSheetDraft(SheetKind.MASTER, editing);
                try {
                    draft.checkSavable();
                    saved = draft;
                    status = SheetStatus.DRAFT; // any saved change makes an agreed sheet a draft again
                } catch (ValidationException refused) {
                    assertThat(draft.total()).isGreaterThan(SplitShare.HUNDRED);
                }
            } else if (edit instanceof Agree) {
                try {
                    saved.checkAgreeable();
                    status = SheetStatus.AGREED;
                } catch (ValidationException refused) {
                    assertThat(saved.isComplete()).isFalse();
                }
            }
            assertThat(saved.total()).isLessThanOrEqualTo(SplitShare.HUNDRED);
            if (status == SheetStatus.AGREED) {
                assertThat(saved.total()).isEqualTo(new BigDecimal("100.00"));
            }
        }
    }

    private static String cents(int cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        Arbitrary<Integer> cents = Arbitraries.oneOf(Arbitraries.integers().between(1, 10_000),
                Arbitraries.of(2500, 3333, 3334, 5000, 10_000));
        Arbitrary<Integer> line = Arbitraries.integers().between(0, 20);
        Arbitrary<Edit> edit = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, cents.map(c -> (Edit) new Add(c))),
                net.jqwik.api.Tuple.of(3, Combinators.combine(line, cents).as((l, c) -> (Edit) new Change(l, c))),
                net.jqwik.api.Tuple.of(1, line.map(l -> (Edit) new Remove(l))),
                net.jqwik.api.Tuple.of(1, Arbitraries.just((Edit) new Even())),
                net.jqwik.api.Tuple.of(3, Arbitraries.just((Edit) new Save())),
                net.jqwik.api.Tuple.of(2, Arbitraries.just((Edit) new Agree())));
        return edit.list().ofMaxSize(40);
    }
}
