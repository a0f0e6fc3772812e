package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.ValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KeySignatureTest {

    private static final List<String> TONICS = List.of("C", "C#", "Db", "D", "D#", "Eb", "E", "F", "F#", "Gb", "G", "G#",
            "Ab", "A", "A#", "Bb", "B");

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "C, C", "c, C", "C major, C", "C maj, C", "Cmaj, C", "CM, C", "C-major, C", "c_major, C",
        "Am, Am", "A minor, Am", "a min, Am", "Amin, Am", "A MINOR, Am", "a-minor, Am",
        "F#m, F#m", "F♯m, F#m", "F sharp minor, F#m", "f# min, F#m",
        "Bb, Bb", "B♭, Bb", "B flat, Bb", "bb, Bb", "B flat major, Bb", "Bb major, Bb",
        "Ebm, Ebm", "E♭ minor, Ebm", "eb min, Ebm", "E flat minor, Ebm",
        "Db major, Db", "C# major, C#", "G# minor, G#m", "'  Dm  ', Dm", "D minor., Dm"
    })
    void readsKeysAsPeopleWriteThemInShortForm(String written, String normal) {
        assertThat(KeySignature.parse(written)).isEqualTo(normal);
        assertThat(KeySignature.isValid(written)).isTrue();
    }

    @Test
    void everyOneOfTheTwentyFourKeysHasAFormThatIsItsOwnNormalForm() {
        Set<String> pitchClassesAndModes = new HashSet<>();
        for (String tonic : TONICS) {
            for (String mode : List.of("", "m")) {
                String key = tonic + mode;
                assertThat(KeySignature.parse(key)).isEqualTo(key);
                assertThat(key.length()).isLessThanOrEqualTo(KeySignature.MAX_LENGTH);
                pitchClassesAndModes.add(pitchClass(tonic) + mode);
            }
        }
        assertThat(pitchClassesAndModes).hasSize(24);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"H", "H minor", "Cb", "Fb major", "E#", "B#m", "C##", "Cbb", "X", "C dorian", "Am7", "C minor minor",
        "1", "C/G", "CMm", "do", "sol majeur", "C\u0000", "♯C"})
    void refusesWhatIsNotOneOfTheKeys(String written) {
        ValidationException e = assertRejected(() -> KeySignature.parse(written), "validation.key",
                written == null ? "" : written.strip());

        assertThat(e.getLocalizedMessage()).contains("F#m");
        assertThat(KeySignature.isValid(written)).isFalse();
    }

    @Test
    void refusesVeryLongInputWithoutLookingAtIt() {
        assertRejected(() -> KeySignature.parse("C" + " ".repeat(100) + "major"), "validation.key",
                "C" + " ".repeat(100) + "major");
    }

    // --- properties ---------------------------------------------------------------------------

    /** A key as written, and its short form. */
    record Written(String text, String normal) {
    }

    @Property(tries = 3000)
    void everyWayOfWritingAKeyGivesItsShortForm(@ForAll("writtenKeys") Written key) {
        String normal = KeySignature.parse(key.text());

        assertThat(normal).as(key.text()).isEqualTo(key.normal());
        assertThat(KeySignature.parse(normal)).as("the short form is a fixed point").isEqualTo(normal);
    }

    @Property(tries = 3000)
    void anyTextIsAKeyInShortFormOrAValidationError(@ForAll("anyText") String text) {
        String normal;
        try {
            normal = KeySignature.parse(text);
        } catch (ValidationException e) {
            assertThat(e.key()).isEqualTo("validation.key");
            return;
        }
        assertThat(normal).matches("^[A-G](#|b)?m?$");
        assertThat(KeySignature.parse(normal)).isEqualTo(normal);
    }

    @Provide
    Arbitrary<Written> writtenKeys() {
        Arbitrary<String> tonic = Arbitraries.of(TONICS);
        Arbitrary<Boolean> minor = Arbitraries.of(true, false);
        Arbitrary<Boolean> lowerCase = Arbitraries.of(true, false);
        Arbitrary<String> separator = Arbitraries.of("", " ", "-", "_");
        return Combinators.combine(tonic, minor, lowerCase, separator, Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3)).as((t, isMinor, lower, sep, accidentalForm, modeForm) -> {
                    String letter = lower ? t.substring(0, 1).toLowerCase() : t.substring(0, 1);
                    String accidental = t.length() == 1 ? "" : accidental(t.charAt(1), accidentalForm);
                    String mode = isMinor ? List.of("m", "min", "minor", "MINOR").get(modeForm)
                            : List.of("", "maj", "major", "M").get(modeForm);
                    String gap = mode.isEmpty() || mode.equals("m") || mode.equals("M") ? "" : sep;
                    String accidentalGap = accidental.length() > 1 ? " " : "";
                    return new Written(letter + accidentalGap + accidental + gap + mode, t + (isMinor ? "m" : ""));
                });
    }

    private static String accidental(char written, int form) {
        if (written == '#') {
            return List.of("#", "♯", "sharp", "#").get(form);
        }
        return List.of("b", "♭", "flat", "b").get(form);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withChars("ABCDEFGHabcdefgh#b♯♭mMinajor -_.").ofMaxLength(12));
    }

    private static int pitchClass(String tonic) {
        int base = switch (tonic.charAt(0)) {
            case 'C' -> 0;
            case 'D' -> 2;
            case 'E' -> 4;
            case 'F' -> 5;
            case 'G' -> 7;
            case 'A' -> 9;
            default -> 11;
        };
        int shift = tonic.length() == 1 ? 0 : tonic.charAt(1) == '#' ? 1 : -1;
        return (base + shift + 12) % 12;
    }
}
