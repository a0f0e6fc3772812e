package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ValidationAssertions.assertRejected;
import static com.allaccessartist.domain.catalog.ValidationAssertions.rejection;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.ValidationException;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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

class IsrcTest {

    private static final Isrc EXAMPLE = Isrc.parse("USRC17607839");

    // --- examples -------------------------------------------------------------------------

    @Test
    void exposesItsParts() {
        assertThat(EXAMPLE.value()).isEqualTo("USRC17607839");
        assertThat(EXAMPLE.formatted()).isEqualTo("US-RC1-76-07839");
        assertThat(EXAMPLE.countryCode()).isEqualTo("US");
        assertThat(EXAMPLE.registrant()).isEqualTo("RC1");
        assertThat(EXAMPLE.year()).isEqualTo(76);
        assertThat(EXAMPLE.designation()).isEqualTo(7839);
        assertThat(EXAMPLE).hasToString("USRC17607839");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "US-RC1-76-07839", "us-rc1-76-07839", "usrc17607839", "US RC1 76 07839", "US.RC1.76.07839",
        "  USRC17607839  ", "ISRC US-RC1-76-07839", "isrc:USRC17607839", "ISRC: US RC1 76 07839",
        "Isrc : us-rc1-76-07839", "ISRC-US-RC1-76-07839", "ISRCUSRC17607839", "US\u2013RC1\u201376\u201307839",
        "\u00a0US-RC1-76-07839\t"
    })
    void normalisesEntryFormsToTheBareCode(String entered) {
        Isrc isrc = Isrc.parse(entered);

        assertThat(isrc).isEqualTo(EXAMPLE);
        assertThat(isrc.value()).isEqualTo("USRC17607839");
        assertThat(Isrc.isValid(entered)).isTrue();
    }

    @Test
    void keepsCountryCodeIsWhenTheCodeItselfStartsWithIsrc() {
        Isrc icelandic = Isrc.parse("IS-RC1-76-07839");

        assertThat(Isrc.parse("ISRC17607839")).isEqualTo(icelandic);
        assertThat(Isrc.parse("ISRC IS-RC1-76-07839")).isEqualTo(icelandic);
        assertThat(Isrc.parse("ISRCISRC17607839")).isEqualTo(icelandic);
        assertThat(icelandic.countryCode()).isEqualTo("IS");
        assertThat(icelandic.registrant()).isEqualTo("RC1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"QZ-ABC-24-00001", "ZZ-ABC-24-00001", "XX-000-00-00000"})
    void acceptsCountryCodesOutsideTheIsoList(String entered) {
        assertThat(Isrc.parse(entered).countryCode()).isEqualTo(entered.substring(0, 2));
    }

    @Test
    void acceptsDigitsInTheRegistrant() {
        Isrc isrc = Isrc.parse("GB-123-99-99999");

        assertThat(isrc.registrant()).isEqualTo("123");
        assertThat(isrc.year()).isEqualTo(99);
        assertThat(isrc.designation()).isEqualTo(99_999);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", " - . ", "ISRC", "isrc: ", "ISRC:"})
    void rejectsEmptyInput(String entered) {
        assertRejected(() -> Isrc.parse(entered), "validation.isrc.empty");
        assertThat(Isrc.isValid(entered)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "USRC1760783, 11",
        "USRC176078390, 13",
        "US, 2",
        "ISRC: US-RC1-76-0783, 11",
        "US-RC1-76-07839-1, 13",
        "US-RC1-76-07839/1, 14"
    })
    void rejectsWrongLengthAndSaysTheLengthFound(String entered, int found) {
        ValidationException e = assertRejected(() -> Isrc.parse(entered), "validation.isrc.length", found);

        assertThat(e.getMessage()).contains("12").contains(String.valueOf(found));
    }

    @Test
    void countsSupplementaryCharactersOnceInTheLengthFound() {
        assertRejected(() -> Isrc.parse("\uD83C\uDFB5SRC1760783"), "validation.isrc.length", 11);
    }

    @ParameterizedTest
    @CsvSource({
        "U1RC17607839, validation.isrc.country, U1",
        "1SRC17607839, validation.isrc.country, 1S",
        "ÜSRC17607839, validation.isrc.country, ÜS",
        "US_C17607839, validation.isrc.registrant, _C1",
        "USRÇ17607839, validation.isrc.registrant, RÇ1",
        "USRC1A607839, validation.isrc.year, A6",
        "USRC17607X39, validation.isrc.designation, 07X39",
        "US:RC1760783, validation.isrc.registrant, :RC"
    })
    void rejectsEachPartWithItsOwnKey(String entered, String key, String part) {
        ValidationException e = assertRejected(() -> Isrc.parse(entered), key, part);

        assertThat(e.getMessage()).contains(part);
    }

    @Test
    void rejectsSupplementaryCharacterInPlaceOfALetter() {
        assertRejected(() -> Isrc.parse("U\uD83C\uDFB5RC17607839"), "validation.isrc.country", "U\uD83C\uDFB5");
    }

    @Test
    void buildsCodesFromParts() {
        assertThat(Isrc.of("US", "RC1", 76, 7839)).isEqualTo(EXAMPLE);
        assertThat(Isrc.of("us", "rc1", 76, 7839)).isEqualTo(EXAMPLE);
        assertThat(Isrc.of("GB", "A1B", 5, 42).formatted()).isEqualTo("GB-A1B-05-00042");
        assertThat(Isrc.of("GB", "A1B", 0, 0).value()).isEqualTo("GBA1B0000000");
        assertThat(Isrc.of("GB", "A1B", 99, 99_999).value()).isEqualTo("GBA1B9999999");
    }

    @ParameterizedTest
    @CsvSource({
        "USA, RC1, validation.isrc.country, USA",
        "U, RC1, validation.isrc.country, U",
        "U1, RC1, validation.isrc.country, U1",
        "US, RC, validation.isrc.registrant, RC",
        "US, RC12, validation.isrc.registrant, RC12",
        "US, R-1, validation.isrc.registrant, R-1"
    })
    void rejectsMalformedPartsWhenBuilding(String country, String registrant, String key, String part) {
        assertRejected(() -> Isrc.of(country, registrant, 24, 1), key, part);
    }

    @Test
    void rejectsMissingPartsWhenBuilding() {
        assertRejected(() -> Isrc.of(null, "RC1", 24, 1), "validation.isrc.country", "");
        assertRejected(() -> Isrc.of("US", null, 24, 1), "validation.isrc.registrant", "");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 100, 2024, Integer.MIN_VALUE})
    void rejectsYearOutsideTwoDigits(int year) {
        assertRejected(() -> Isrc.of("US", "RC1", year, 1), "validation.isrc.year.range", year);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 100_000, Integer.MAX_VALUE})
    void rejectsDesignationOutsideFiveDigits(int designation) {
        assertRejected(() -> Isrc.of("US", "RC1", 24, designation), "validation.isrc.designation.range", designation);
    }

    @Test
    void equalsByValue() {
        Isrc other = Isrc.parse("US-RC1-76-07840");

        assertThat(Isrc.parse("us rc1 76 07839")).isEqualTo(EXAMPLE).hasSameHashCodeAs(EXAMPLE);
        assertThat(other).isNotEqualTo(EXAMPLE);
        assertThat(EXAMPLE).isNotEqualTo("USRC17607839");
    }

    // --- properties -----------------------------------------------------------------------

    @Property
    void codesBuiltFromPartsRoundTrip(@ForAll("validIsrcs") Isrc isrc) {
        assertThat(isrc.value()).matches("[A-Z]{2}[A-Z0-9]{3}[0-9]{7}");
        assertThat(isrc.formatted()).matches("[A-Z]{2}-[A-Z0-9]{3}-[0-9]{2}-[0-9]{5}");
        assertThat(Isrc.parse(isrc.value())).isEqualTo(isrc);
        assertThat(Isrc.parse(isrc.formatted())).isEqualTo(isrc);
        assertThat(Isrc.of(isrc.countryCode(), isrc.registrant(), isrc.year(), isrc.designation())).isEqualTo(isrc);
    }

    @Property
    void entryFormsOfAValidCodeParseToThatCode(@ForAll("validIsrcs") Isrc isrc, @ForAll Random random) {
        String entered = prefix(random) + scramble(isrc.formatted().replace("-", ""), random);

        assertThat(Isrc.parse(entered)).as("parsing %s", entered).isEqualTo(isrc);
    }

    @Property
    void anyTextIsEitherARoundTrippingCodeOrAValidationError(@ForAll("anyText") String input) {
        assertRoundTripsOrIsRejected(input);
    }

    @Property
    void isrcLikeTextIsEitherARoundTrippingCodeOrAValidationError(@ForAll("isrcLikeText") String input) {
        assertRoundTripsOrIsRejected(input);
    }

    @Property
    void mutatedCodesAreEitherRoundTrippingCodesOrValidationErrors(
            @ForAll("validIsrcs") Isrc isrc, @ForAll Random random) {
        String mutated = mutate(isrc.formatted(), random);

        boolean accepted = assertRoundTripsOrIsRejected(mutated);

        Statistics.collect(accepted ? "accepted" : "rejected");
        Statistics.coverage(c -> {
            c.check("accepted").count(n -> n > 0);
            c.check("rejected").count(n -> n > 0);
        });
    }

    @Property
    void aCharacterOfTheWrongKindIsRejectedWithTheKeyOfItsPart(
            @ForAll("validIsrcs") Isrc isrc,
            @ForAll @IntRange(max = 11) int position,
            @ForAll Random random) {
        String wrong;
        String key;
        if (position < 2) {
            wrong = pick("0123456789_:ÉßΩ", random);
            key = "validation.isrc.country";
        } else if (position < 5) {
            wrong = pick("_:/ÉßΩ\u0000", random);
            key = "validation.isrc.registrant";
        } else {
            wrong = pick("ABCXYZabcxyz_:/É\u0660", random);
            key = position < 7 ? "validation.isrc.year" : "validation.isrc.designation";
        }
        String mutated = isrc.value().substring(0, position) + wrong + isrc.value().substring(position + 1);

        assertThat(rejection(() -> Isrc.parse(mutated)).key()).as("parsing %s", mutated).isEqualTo(key);
    }

    // --- generators -----------------------------------------------------------------------

    @Provide
    Arbitrary<Isrc> validIsrcs() {
        Arbitrary<String> country = Arbitraries.strings().withCharRange('A', 'Z').ofLength(2);
        Arbitrary<String> registrant = Arbitraries.strings().withCharRange('A', 'Z').numeric().ofLength(3);
        return Combinators.combine(country, registrant,
                        Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, Isrc.MAX_DESIGNATION))
                .as(Isrc::of);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> isrcLikeText() {
        return Arbitraries.strings().withChars("ISRCisrcUSGB01234567899 -.:_É").ofMinLength(8).ofMaxLength(20);
    }

    // --- helpers --------------------------------------------------------------------------

    /** Asserts that parsing either gives a code that round-trips or a ValidationException; true if accepted. */
    private static boolean assertRoundTripsOrIsRejected(String input) {
        Isrc isrc;
        try {
            isrc = Isrc.parse(input);
        } catch (ValidationException e) {
            assertThat(e.key()).startsWith("validation.isrc.");
            assertThat(Isrc.isValid(input)).isFalse();
            return false;
        }
        assertThat(isrc.value()).matches("[A-Z]{2}[A-Z0-9]{3}[0-9]{7}");
        assertThat(Isrc.parse(isrc.value())).isEqualTo(isrc);
        assertThat(Isrc.parse(isrc.formatted())).isEqualTo(isrc);
        assertThat(Isrc.isValid(input)).isTrue();
        return true;
    }

    private static String prefix(Random random) {
        List<String> prefixes = List.of("", "", "ISRC", "isrc ", "ISRC: ", "Isrc:", "ISRC-", " ISRC :");
        return prefixes.get(random.nextInt(prefixes.size()));
    }

    /** Random case and random separators between the characters. */
    private static String scramble(String code, Random random) {
        List<String> separators = List.of("", "", "", "-", " ", ".", "\u2013", "\u00a0");
        StringBuilder out = new StringBuilder();
        for (char c : code.toCharArray()) {
            out.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
            out.append(separators.get(random.nextInt(separators.size())));
        }
        return out.toString();
    }

    /** Replaces, inserts or deletes one character. */
    private static String mutate(String code, Random random) {
        int position = random.nextInt(code.length());
        String replacement = pick("AZaz09-_ .:ÉΩ\u0000\uD83C", random);
        return switch (random.nextInt(3)) {
            case 0 -> code.substring(0, position) + replacement + code.substring(position + 1);
            case 1 -> code.substring(0, position) + replacement + code.substring(position);
            default -> code.substring(0, position) + code.substring(position + 1);
        };
    }

    private static String pick(String characters, Random random) {
        return String.valueOf(characters.charAt(random.nextInt(characters.length())));
    }
}
