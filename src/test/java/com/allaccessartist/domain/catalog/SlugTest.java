package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.allaccessartist.domain.ValidationException;
import java.util.List;
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

class SlugTest {

    // --- slugify examples -----------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sigur Rós|sigur-ros",
        "Beyoncé|beyonce",
        "Mötley Crüe|motley-crue",
        "Straße|strasse",
        "STRAẞE|strasse",
        "Ærø Œuvre|aero-oeuvre",
        "Ørsted|orsted",
        "Đorđe Balašević|dorde-balasevic",
        "Łódź|lodz",
        "Þór Ðóri|thor-dori",
        "İstanbul Kıraç|istanbul-kirac",
        "Simon & Garfunkel|simon-and-garfunkel",
        "AT&T|at-and-t",
        "AC/DC|ac-dc",
        "  --Hello,   World!--  |hello-world",
        "Blink-182|blink-182",
        "ﬁve ＡＢＣ|five-abc",
        "Crème Brûlée № 2|creme-brulee-no-2",
        "東京 Tokyo|tokyo",
        "Ex\u0000Machina|ex-machina"
    })
    void transliteratesToAsciiSlug(String name, String slug) {
        assertThat(Slug.slugify(name)).isEqualTo(slug);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "!!!", "---", "東京", "\uD83C\uDFB5", "\u0301\u0301"})
    void givesEmptyTextWhenNothingIsUsable(String name) {
        assertThat(Slug.slugify(name)).isEmpty();
    }

    @Test
    void truncatesWithoutLeavingATrailingHyphen() {
        assertThat(Slug.slugify("abc def", 4)).isEqualTo("abc");
        assertThat(Slug.slugify("abc def", 5)).isEqualTo("abc-d");
        assertThat(Slug.slugify("abcdef", 3)).isEqualTo("abc");
        assertThat(Slug.slugify("Straße", 4)).isEqualTo("stra");
    }

    @Test
    void truncatesToTwoHundredCharactersByDefault() {
        assertThat(Slug.slugify("a".repeat(300))).isEqualTo("a".repeat(200));
        assertThat(Slug.slugify("a".repeat(199) + " bcd")).isEqualTo("a".repeat(199));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1})
    void rejectsMaxLengthBelowOne(int maxLength) {
        assertThatIllegalArgumentException().isThrownBy(() -> Slug.slugify("abc", maxLength));
    }

    // --- parse examples -------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"sigur-ros", "a", "2pac", "blink-182", "a-b-c-1-2-3"})
    void acceptsValidSlugs(String entered) {
        Slug slug = Slug.parse(entered);

        assertThat(slug.value()).isEqualTo(entered);
        assertThat(slug).hasToString(entered);
        assertThat(Slug.isValid(entered)).isTrue();
    }

    @Test
    void acceptsTwoHundredCharacters() {
        assertThat(Slug.parse("a".repeat(200)).value()).hasSize(200);
    }

    @Test
    void ignoresSurroundingSpaces() {
        assertThat(Slug.parse("  sigur-ros\t")).isEqualTo(Slug.parse("sigur-ros")).hasSameHashCodeAs(Slug.parse("sigur-ros"));
        assertThat(Slug.parse("sigur-ros")).isNotEqualTo(Slug.parse("sigur"));
        assertThat(Slug.parse("sigur-ros")).isNotEqualTo("sigur-ros");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void rejectsEmptyInput(String entered) {
        assertRejected(() -> Slug.parse(entered), "validation.slug.empty");
        assertThat(Slug.isValid(entered)).isFalse();
    }

    @Test
    void rejectsMoreThanTwoHundredCharacters() {
        ValidationException e = assertRejected(() -> Slug.parse("a".repeat(201)), "validation.slug.length", 201, 200);

        assertThat(e.getMessage()).contains("200").contains("201");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Sigur-ros|S", "sigur ros|' '", "sigur_ros|_", "sigur-rós|ó", "a.b|.", "ab\uD83C\uDFB5|\uD83C\uDFB5"
    })
    void rejectsCharactersOutsideLowerCaseLettersDigitsAndHyphen(String entered, String found) {
        assertRejected(() -> Slug.parse(entered), "validation.slug.characters", found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-abc", "abc-", "-", "-a-"})
    void rejectsHyphenAtEitherEnd(String entered) {
        assertRejected(() -> Slug.parse(entered), "validation.slug.edgeHyphen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a--b", "a-b---c"})
    void rejectsTwoHyphensInARow(String entered) {
        assertRejected(() -> Slug.parse(entered), "validation.slug.doubleHyphen");
    }

    // --- properties -----------------------------------------------------------------------

    @Property
    void slugifyGivesEmptyTextOrAValidSlug(@ForAll("names") String name) {
        String slug = Slug.slugify(name);

        if (slug.isEmpty()) {
            Statistics.collect("empty");
        } else {
            assertThat(Slug.parse(slug).value()).isEqualTo(slug);
            Statistics.collect("slug");
        }
        Statistics.coverage(c -> c.check("slug").percentage(p -> p > 50));
    }

    @Property
    void slugifyIsIdempotent(@ForAll("names") String name) {
        String slug = Slug.slugify(name);

        assertThat(Slug.slugify(slug)).isEqualTo(slug);
    }

    @Property
    void truncatedSlugsAreShortValidPrefixesOfTheFullSlug(
            @ForAll("names") String name, @ForAll @IntRange(min = 1, max = 250) int maxLength) {
        String full = Slug.slugify(name, 250);
        String slug = Slug.slugify(name, maxLength);

        assertThat(slug.length()).isLessThanOrEqualTo(maxLength);
        assertThat(full).startsWith(slug);
        assertThat(slug).doesNotEndWith("-");
        assertThat(Slug.slugify(slug, maxLength)).isEqualTo(slug);
        if (!slug.isEmpty() && maxLength <= Slug.MAX_LENGTH) {
            assertThat(Slug.isValid(slug)).isTrue();
        }
    }

    @Property
    void asciiWordsKeepTheirLettersAndAreJoinedByOneHyphen(
            @ForAll("asciiWords") List<String> words, @ForAll("asciiSeparators") String separator) {
        String name = separator + String.join(separator, words) + separator;

        assertThat(Slug.slugify(name)).isEqualTo(String.join("-", words).toLowerCase());
    }

    @Property
    void parseGivesARoundTrippingSlugOrAValidationError(@ForAll("slugLikeText") String input) {
        Statistics.coverage(c -> {
            c.check("accepted").count(n -> n > 0);
            c.check("rejected").count(n -> n > 0);
        });
        Slug slug;
        try {
            slug = Slug.parse(input);
        } catch (ValidationException e) {
            assertThat(e.key()).startsWith("validation.slug.");
            assertThat(Slug.isValid(input)).isFalse();
            Statistics.collect("rejected");
            return;
        }
        assertThat(slug.value()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(200);
        assertThat(Slug.parse(slug.value())).isEqualTo(slug);
        assertThat(Slug.slugify(slug.value())).isEqualTo(slug.value());
        Statistics.collect("accepted");
    }

    // --- generators -----------------------------------------------------------------------

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange(' ', '\u024f').ofMaxLength(40),
                Arbitraries.strings().withChars("aZ09 -&_.ßæøœđłþıÆØŒĐŁÞİẞéüñ\u0301ﬁＡ").ofMaxLength(300),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(180).ofMaxLength(260)
                        .map(s -> s.replace('q', ' ')));
    }

    @Provide
    Arbitrary<List<String>> asciiWords() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').numeric()
                .ofMinLength(1).ofMaxLength(10).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> asciiSeparators() {
        return Arbitraries.strings().withChars(" -_.,!/\t()'\"").ofMinLength(1).ofMaxLength(4);
    }

    @Provide
    Arbitrary<String> slugLikeText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("abz09-- A_é").ofMaxLength(20),
                Arbitraries.strings().withChars("ab-").ofMinLength(195).ofMaxLength(205));
    }
}
