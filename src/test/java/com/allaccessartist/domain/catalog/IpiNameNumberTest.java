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
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpiNameNumberTest {

    // --- examples -------------------------------------------------------------------------

    @Test
    void acceptsElevenDigitsAndKeepsLeadingZeros() {
        IpiNameNumber ipi = IpiNameNumber.parse("00014107338");

        assertThat(ipi.value()).isEqualTo("00014107338");
        assertThat(ipi).hasToString("00014107338");
        assertThat(IpiNameNumber.isValid("00014107338")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000 141 073 38", " 00014107338 ", "0001410\t7338", "000\u00a014107338"})
    void ignoresSpaces(String entered) {
        assertThat(IpiNameNumber.parse(entered)).isEqualTo(IpiNameNumber.parse("00014107338"))
                .hasSameHashCodeAs(IpiNameNumber.parse("00014107338"));
    }

    @Test
    void equalsByValue() {
        assertThat(IpiNameNumber.parse("00014107339")).isNotEqualTo(IpiNameNumber.parse("00014107338"));
        assertThat(IpiNameNumber.parse("00014107338")).isNotEqualTo("00014107338");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\u00a0"})
    void rejectsEmptyInput(String entered) {
        assertRejected(() -> IpiNameNumber.parse(entered), "validation.ipi.empty");
        assertThat(IpiNameNumber.isValid(entered)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"0001410733A, A", "000-141-073-38, -", "I00014107338, I", "0001410733\u0662, \u0662"})
    void rejectsCharactersOtherThanDigitsAndSpaces(String entered, String found) {
        assertRejected(() -> IpiNameNumber.parse(entered), "validation.ipi.characters", found);
    }

    @ParameterizedTest
    @CsvSource({"14107338, 8", "000141073381, 12", "1, 1", "0001410733, 10"})
    void rejectsOtherLengthsAndSaysTheLengthFound(String entered, int found) {
        ValidationException e = assertRejected(() -> IpiNameNumber.parse(entered), "validation.ipi.length", found);

        assertThat(e.getMessage()).contains("11").contains(String.valueOf(found));
    }

    // --- properties -----------------------------------------------------------------------

    @Property
    void elevenDigitsWithSpacesParseToThoseDigits(@ForAll("elevenDigits") String digits, @ForAll Random random) {
        StringBuilder entered = new StringBuilder();
        for (char c : digits.toCharArray()) {
            entered.append(random.nextInt(4) == 0 ? " " : "").append(c);
        }

        IpiNameNumber ipi = IpiNameNumber.parse(entered.toString());

        assertThat(ipi.value()).isEqualTo(digits);
        assertThat(IpiNameNumber.parse(ipi.value())).isEqualTo(ipi);
    }

    @Property
    void digitStringsOfAnyOtherLengthAreRejectedForTheirLength(@ForAll("otherLengthDigits") String digits) {
        ValidationException e = rejection(() -> IpiNameNumber.parse(digits));

        assertThat(e.key()).isEqualTo("validation.ipi.length");
        assertThat(e.args()).containsExactly(digits.length());
    }

    @Property
    void anyTextIsEitherARoundTrippingNumberOrAValidationError(@ForAll("anyText") String input) {
        Statistics.coverage(c -> {
            c.check("accepted").count(n -> n > 0);
            c.check("rejected").count(n -> n > 0);
        });
        IpiNameNumber ipi;
        try {
            ipi = IpiNameNumber.parse(input);
        } catch (ValidationException e) {
            assertThat(e.key()).startsWith("validation.ipi.");
            assertThat(IpiNameNumber.isValid(input)).isFalse();
            Statistics.collect("rejected");
            return;
        }
        assertThat(ipi.value()).matches("[0-9]{11}");
        assertThat(IpiNameNumber.parse(ipi.value())).isEqualTo(ipi);
        Statistics.collect("accepted");
    }

    // --- generators -----------------------------------------------------------------------

    @Provide
    Arbitrary<String> elevenDigits() {
        return Arbitraries.strings().numeric().ofLength(11);
    }

    @Provide
    Arbitrary<String> otherLengthDigits() {
        return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30).filter(s -> s.length() != 11);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("0123456789 ").ofMinLength(9).ofMaxLength(14),
                Arbitraries.strings().withChars("0123456789 -.I\u0662").ofMaxLength(14));
    }
}
