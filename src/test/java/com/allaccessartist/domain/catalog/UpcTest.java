package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ValidationAssertions.assertRejected;
import static com.allaccessartist.domain.catalog.ValidationAssertions.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.ValidationException;
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

class UpcTest {

    // --- examples -------------------------------------------------------------------------

    @Test
    void acceptsTheEan13Example() {
        Upc ean = Upc.parse("5010017088439");

        assertThat(ean.value()).isEqualTo("5010017088439");
        assertThat(ean.isUpcA()).isFalse();
        assertThat(ean.toEan13()).isEqualTo(ean);
        assertThat(ean).hasToString("5010017088439");
    }

    @Test
    void acceptsTheUpcAExampleAndKeepsItsLeadingZero() {
        Upc upc = Upc.parse("036000241457");

        assertThat(upc.value()).isEqualTo("036000241457");
        assertThat(upc.isUpcA()).isTrue();
        assertThat(upc.toEan13().value()).isEqualTo("0036000241457");
        assertThat(upc.toEan13().isUpcA()).isFalse();
        assertThat(Upc.isValid("0036000241457")).isTrue();
    }

    @Test
    void keepsTheFormAsGiven() {
        assertThat(Upc.parse("0036000241457").value()).isEqualTo("0036000241457");
        assertThat(Upc.parse("0036000241457")).isNotEqualTo(Upc.parse("036000241457"));
        assertThat(Upc.parse("036000241457").toEan13()).isEqualTo(Upc.parse("0036000241457"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5 010017 088439|5010017088439",
        "5-010017-088439|5010017088439",
        "  5010017088439\t|5010017088439",
        "0 36000 24145 7|036000241457",
        "036000\u2013241457|036000241457",
        "4006381333931|4006381333931",
        "000000000000|000000000000"
    })
    void ignoresSpacesAndHyphens(String entered, String digits) {
        assertThat(Upc.parse(entered).value()).isEqualTo(digits);
    }

    @Test
    void computesCheckDigits() {
        assertThat(Upc.checkDigit("03600024145")).isEqualTo(7);
        assertThat(Upc.checkDigit("501001708843")).isEqualTo(9);
        assertThat(Upc.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Upc.checkDigit("0 36000 24145")).isEqualTo(7);
    }

    @Test
    void appendsCheckDigits() {
        assertThat(Upc.withCheckDigit("03600024145")).isEqualTo(Upc.parse("036000241457"));
        assertThat(Upc.withCheckDigit("501001708843")).isEqualTo(Upc.parse("5010017088439"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - -"})
    void rejectsEmptyInput(String entered) {
        assertRejected(() -> Upc.parse(entered), "validation.upc.empty");
        assertThat(Upc.isValid(entered)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "03600024145A, A",
        "O36000241457, O",
        "0360.0024.1457, .",
        "036000241457x, x",
        "\u0660\u0663\u0666000241457, \u0660"
    })
    void rejectsCharactersOtherThanDigits(String entered, String found) {
        assertRejected(() -> Upc.parse(entered), "validation.upc.characters", found);
    }

    @ParameterizedTest
    @CsvSource({"12345, 5", "03600024145, 11", "50100170884391, 14", "0 0 0, 3"})
    void rejectsLengthsOtherThan12Or13(String entered, int found) {
        ValidationException e = assertRejected(() -> Upc.parse(entered), "validation.upc.length", found);

        assertThat(e.getMessage()).contains(String.valueOf(found));
    }

    @ParameterizedTest
    @CsvSource({"036000241458, 7, 8", "5010017088430, 9, 0", "5010017088493, 1, 3"})
    void rejectsWrongCheckDigitAndStatesTheExpectedOne(String entered, int expected, int found) {
        ValidationException e = assertRejected(() -> Upc.parse(entered), "validation.upc.checkDigit", expected, found);

        assertThat(e.getMessage()).contains("should be " + expected);
    }

    @ParameterizedTest
    @CsvSource({"123, 3", "0360002414, 10", "5010017088439, 13"})
    void rejectsCheckDigitInputsOtherThan11Or12Digits(String digits, int found) {
        assertRejected(() -> Upc.checkDigit(digits), "validation.upc.base.length", found);
        assertRejected(() -> Upc.withCheckDigit(digits), "validation.upc.base.length", found);
    }

    @Test
    void rejectsNonDigitsAndEmptyInputWhenAppendingCheckDigits() {
        assertRejected(() -> Upc.withCheckDigit("0360002414A"), "validation.upc.characters", "A");
        assertRejected(() -> Upc.checkDigit(null), "validation.upc.empty");
    }

    // --- properties -----------------------------------------------------------------------

    @Property
    void appendingTheCheckDigitAlwaysGivesAValidCode(@ForAll("payloads") String payload) {
        Upc upc = Upc.withCheckDigit(payload);

        assertThat(upc.value()).startsWith(payload).hasSize(payload.length() + 1);
        assertThat(upc.isUpcA()).isEqualTo(payload.length() == 11);
        assertThat(Upc.parse(upc.value())).isEqualTo(upc);
        assertThat(Upc.isValid(upc.value())).isTrue();
    }

    @Property
    void checkDigitFollowsGs1WeightsFromTheLeftOfTheEan13Form(@ForAll("payloads") String payload) {
        String ean12 = payload.length() == 11 ? "0" + payload : payload;
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (ean12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }

        assertThat(Upc.checkDigit(payload)).isEqualTo((10 - sum % 10) % 10);
    }

    @Property
    void exactlyOneLastDigitMakesACodeValid(
            @ForAll("payloads") String payload, @ForAll @IntRange(max = 9) int last) {
        assertThat(Upc.isValid(payload + last)).isEqualTo(last == Upc.checkDigit(payload));
    }

    @Property
    void aUpcAAndItsEan13FormAreBothValid(@ForAll("upcAPayloads") String payload) {
        Upc upc = Upc.withCheckDigit(payload);
        Upc ean = upc.toEan13();

        assertThat(ean.value()).isEqualTo("0" + upc.value());
        assertThat(Upc.parse(ean.value())).isEqualTo(ean);
        assertThat(Upc.withCheckDigit("0" + payload)).isEqualTo(ean);
    }

    @Property
    void changingAnySingleDigitOfAValidCodeIsRejected(
            @ForAll("payloads") String payload,
            @ForAll @IntRange(max = 12) int position,
            @ForAll @IntRange(min = 1, max = 9) int delta) {
        String valid = Upc.withCheckDigit(payload).value();
        int at = position % valid.length();
        char changed = (char) ('0' + (valid.charAt(at) - '0' + delta) % 10);
        String mutated = valid.substring(0, at) + changed + valid.substring(at + 1);

        assertThat(rejection(() -> Upc.parse(mutated)).key()).isEqualTo("validation.upc.checkDigit");
    }

    @Property
    void spacesAndHyphensDoNotChangeTheCode(@ForAll("payloads") String payload, @ForAll Random random) {
        Upc upc = Upc.withCheckDigit(payload);
        StringBuilder entered = new StringBuilder();
        for (char c : upc.value().toCharArray()) {
            entered.append(c).append(" -  ".substring(0, random.nextInt(4)));
        }

        assertThat(Upc.parse(entered.toString())).isEqualTo(upc);
    }

    @Property
    void randomDigitStringsAreEitherRoundTrippingCodesOrValidationErrors(@ForAll("digitStrings") String input) {
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
    Arbitrary<String> payloads() {
        return Arbitraries.integers().between(11, 12).flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
    }

    @Provide
    Arbitrary<String> upcAPayloads() {
        return Arbitraries.strings().numeric().ofLength(11);
    }

    @Provide
    Arbitrary<String> digitStrings() {
        return Arbitraries.strings().withChars("0123456789 -").ofMinLength(10).ofMaxLength(16);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789 -Oo.\u0660\u00a0").ofMaxLength(16));
    }

    // --- helpers --------------------------------------------------------------------------

    private static boolean assertRoundTripsOrIsRejected(String input) {
        Upc upc;
        try {
            upc = Upc.parse(input);
        } catch (ValidationException e) {
            assertThat(e.key()).startsWith("validation.upc.");
            assertThat(Upc.isValid(input)).isFalse();
            return false;
        }
        assertThat(upc.value()).matches("[0-9]{12,13}");
        assertThat(Upc.parse(upc.value())).isEqualTo(upc);
        assertThat(Upc.parse(upc.toEan13().value())).isEqualTo(upc.toEan13());
        assertThat(Upc.withCheckDigit(upc.value().substring(0, upc.value().length() - 1))).isEqualTo(upc);
        return true;
    }
}
