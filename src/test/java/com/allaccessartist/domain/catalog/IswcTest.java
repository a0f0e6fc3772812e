package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ValidationAssertions.assertRejected;
import static com.allaccessartist.domain.catalog.ValidationAssertions.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.ValidationException;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IswcTest {

    private static final Iswc EXAMPLE = Iswc.parse("T-034.524.680-1");

    // --- examples -------------------------------------------------------------------------

    @Test
    void acceptsTheExampleInBothForms() {
        assertThat(EXAMPLE.value()).isEqualTo("T0345246801");
        assertThat(EXAMPLE.formatted()).isEqualTo("T-034.524.680-1");
        assertThat(EXAMPLE).hasToString("T0345246801");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "T-034.524.680-1", "T0345246801", "t0345246801", "t-034.524.680-1", "T 034 524 680 1",
        "T-034524680-1", "  T-034.524.680-1 ", "T\u2010034\u2010524\u2010680\u20101", "T034.524.680.1"
    })
    void normalisesEntryForms(String entered) {
        assertThat(Iswc.parse(entered)).isEqualTo(EXAMPLE).hasSameHashCodeAs(EXAMPLE);
        assertThat(Iswc.isValid(entered)).isTrue();
    }

    @Test
    void computesTheCheckDigitOfTheStandard() {
        assertThat(Iswc.checkDigit("034524680")).isEqualTo(1);
        assertThat(Iswc.checkDigit("000000000")).isEqualTo(9);
        assertThat(Iswc.checkDigit("034.524.680")).isEqualTo(1);
        assertThat(Iswc.withCheckDigit("034524680")).isEqualTo(EXAMPLE);
        assertThat(Iswc.withCheckDigit("000000000").formatted()).isEqualTo("T-000.000.000-9");
    }

    @Test
    void equalsByValue() {
        assertThat(Iswc.withCheckDigit("034524681")).isNotEqualTo(EXAMPLE);
        assertThat(EXAMPLE).isNotEqualTo("T0345246801");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - . "})
    void rejectsEmptyInput(String entered) {
        assertRejected(() -> Iswc.parse(entered), "validation.iswc.empty");
        assertThat(Iswc.isValid(entered)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0345246801, 0", "X-034.524.680-1, X", "ISWC T-034.524.680-1, I", "Ŧ0345246801, Ŧ"})
    void rejectsCodesNotStartingWithT(String entered, String found) {
        assertRejected(() -> Iswc.parse(entered), "validation.iswc.prefix", found);
    }

    @ParameterizedTest
    @CsvSource({"T03452468O1, O", "T-034/524/680-1, /", "TT0345246801, T", "T034524680\u0661, \u0661"})
    void rejectsNonDigitsAfterTheT(String entered, String found) {
        assertRejected(() -> Iswc.parse(entered), "validation.iswc.characters", found);
    }

    @ParameterizedTest
    @CsvSource({"T034524680, 9", "T-034.524.680-11, 11", "T, 0", "t-1, 1"})
    void rejectsWrongNumberOfDigits(String entered, int found) {
        ValidationException e = assertRejected(() -> Iswc.parse(entered), "validation.iswc.length", found);

        assertThat(e.getMessage()).contains(String.valueOf(found));
    }

    @ParameterizedTest
    @CsvSource({"T-034.524.680-2, 1, 2", "T-034.524.681-1, 2, 1", "T-134.524.680-1, 0, 1"})
    void rejectsWrongCheckDigitAndStatesTheExpectedOne(String entered, int expected, int found) {
        ValidationException e = assertRejected(() -> Iswc.parse(entered), "validation.iswc.checkDigit", expected, found);

        assertThat(e.getMessage()).contains("should be " + expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567890", "12345678a", "T12345678"})
    void rejectsAnythingButNineDigitsWhenAppendingTheCheckDigit(String digits) {
        assertRejected(() -> Iswc.withCheckDigit(digits), "validation.iswc.base", digits);
        assertRejected(() -> Iswc.checkDigit(digits), "validation.iswc.base", digits);
    }

    @Test
    void checkDigitCannotCatchEverySingleDigitChange() {
        // d5 has weight 5: changing it by 2 moves S by 10, so the standard's check digit still fits.
        assertThat(Iswc.parse("T-034.544.680-1").value()).isEqualTo("T0345446801");
        // d1 has weight 1, coprime to 10: every change is caught.
        assertThat(Iswc.isValid("T-534.524.680-1")).isFalse();
    }

    // --- properties -----------------------------------------------------------------------

    @Property
    void appendingTheCheckDigitAlwaysGivesAValidCode(@ForAll("nineDigits") String digits) {
        Iswc iswc = Iswc.withCheckDigit(digits);

        assertThat(iswc.value()).isEqualTo("T" + digits + Iswc.checkDigit(digits));
        assertThat(iswc.formatted()).matches("T-[0-9]{3}\\.[0-9]{3}\\.[0-9]{3}-[0-9]");
        assertThat(Iswc.parse(iswc.value())).isEqualTo(iswc);
        assertThat(Iswc.parse(iswc.formatted())).isEqualTo(iswc);
        assertThat(Iswc.parse(iswc.formatted().toLowerCase())).isEqualTo(iswc);
    }

    @Property
    void exactlyTheCheckDigitOfTheStandardMakesACodeValid(
            @ForAll("nineDigits") String digits, @ForAll @IntRange(max = 9) int last) {
        int s = 1;
        for (int i = 1; i <= 9; i++) {
            s += i * (digits.charAt(i - 1) - '0');
        }
        int check = (10 - s % 10) % 10;

        assertThat(Iswc.isValid("T" + digits + last)).isEqualTo(last == check);
    }

    @Property
    void aSingleDigitChangeIsRejectedExactlyWhenItsWeightedChangeIsNotAMultipleOfTen(
            @ForAll("nineDigits") String digits,
            @ForAll @IntRange(min = 1, max = 10) int position,
            @ForAll @IntRange(min = 1, max = 9) int delta) {
        String valid = Iswc.withCheckDigit(digits).value();
        char changed = (char) ('0' + (valid.charAt(position) - '0' + delta) % 10);
        String mutated = valid.substring(0, position) + changed + valid.substring(position + 1);
        int actualDelta = (changed - valid.charAt(position) + 10) % 10;
        boolean detectable = position == 10 || (position * actualDelta) % 10 != 0;

        if (detectable) {
            assertThat(rejection(() -> Iswc.parse(mutated)).key()).isEqualTo("validation.iswc.checkDigit");
        } else {
            assertThat(Iswc.isValid(mutated)).isTrue();
        }
        Statistics.collect(detectable ? "caught" : "not caught by the standard");
    }

    @Property
    void changesToOddWeightedDigitsAndTheCheckDigitAreAlwaysRejected(
            @ForAll("nineDigits") String digits,
            @ForAll("coprimePositions") int position,
            @ForAll @IntRange(min = 1, max = 9) int delta) {
        String valid = Iswc.withCheckDigit(digits).value();
        char changed = (char) ('0' + (valid.charAt(position) - '0' + delta) % 10);
        String mutated = valid.substring(0, position) + changed + valid.substring(position + 1);

        assertThat(Iswc.isValid(mutated)).isFalse();
    }

    @Property
    void entryFormsOfAValidCodeParseToThatCode(@ForAll("nineDigits") String digits, @ForAll Random random) {
        Iswc iswc = Iswc.withCheckDigit(digits);
        List<String> separators = List.of("", "", "-", ".", " ", "\u2013");
        StringBuilder entered = new StringBuilder(random.nextBoolean() ? "t" : "T");
        for (char c : iswc.value().substring(1).toCharArray()) {
            entered.append(separators.get(random.nextInt(separators.size()))).append(c);
        }

        assertThat(Iswc.parse(entered.toString())).isEqualTo(iswc);
    }

    @Property
    void iswcLikeTextIsEitherARoundTrippingCodeOrAValidationError(@ForAll("iswcLikeText") String input) {
        boolean accepted = assertRoundTripsOrIsRejected(input);

        Statistics.collect(accepted ? "accepted" : "rejected");
        Statistics.coverage(c -> {
            c.check("accepted").count(n -> n > 0);
            c.check("rejected").count(n -> n > 0);
        });
    }

    @Property
    void anyTextIsEitherARoundTrippingCodeOrAValidationError(@ForAll("anyText") String input) {
        assertRoundTripsOrIsRejected(input);
    }

    // --- generators -----------------------------------------------------------------------

    @Provide
    Arbitrary<String> nineDigits() {
        return Arbitraries.strings().numeric().ofLength(9);
    }

    @Provide
    Arbitrary<Integer> coprimePositions() {
        return Arbitraries.of(1, 3, 7, 9, 10);
    }

    @Provide
    Arbitrary<String> iswcLikeText() {
        return Arbitraries.strings().numeric().ofLength(10).map(d -> "T" + d);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("Tt0123456789 -.Oo/\u0661").ofMaxLength(16));
    }

    // --- helpers --------------------------------------------------------------------------

    private static boolean assertRoundTripsOrIsRejected(String input) {
        Iswc iswc;
        try {
            iswc = Iswc.parse(input);
        } catch (ValidationException e) {
            assertThat(e.key()).startsWith("validation.iswc.");
            assertThat(Iswc.isValid(input)).isFalse();
            return false;
        }
        assertThat(iswc.value()).matches("T[0-9]{10}");
        assertThat(Iswc.parse(iswc.value())).isEqualTo(iswc);
        assertThat(Iswc.parse(iswc.formatted())).isEqualTo(iswc);
        assertThat(Iswc.withCheckDigit(iswc.value().substring(1, 10))).isEqualTo(iswc);
        return true;
    }
}
