package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.ValidationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeSignatureTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"4/4, 4/4", "3/4, 3/4", "6/8, 6/8", "7/8, 7/8", "' 5 / 4 ', 5/4", "12/8, 12/8", "1/1, 1/1", "32/64, 32/64",
        "04/04, 4/4"})
    void readsBeatsOverANoteValueWithoutSpaces(String typed, String stored) {
        assertThat(TimeSignature.parse(typed)).isEqualTo(stored);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"4", "4/", "/4", "4/3", "4/6", "0/4", "33/4", "4/128", "4/0", "4:4", "four/four", "4/4/4", "-4/4"})
    void refusesWhatIsNotATimeSignature(String typed) {
        assertRejected(() -> TimeSignature.parse(typed), "validation.timeSignature", typed == null ? "" : typed.strip());
    }

    @Property
    void everyValidSignatureIsItsOwnStoredForm(@ForAll @IntRange(min = 1, max = 32) int beats,
                                                @ForAll @IntRange(min = 0, max = 6) int power) {
        String signature = beats + "/" + (1 << power);

        assertThat(TimeSignature.parse(signature)).isEqualTo(signature);
        assertThat(TimeSignature.parse(" " + beats + " /" + (1 << power))).isEqualTo(signature);
    }

    @Property(tries = 2000)
    void anyTextIsASignatureOrAValidationError(@ForAll("signatureLike") String typed) {
        try {
            String stored = TimeSignature.parse(typed);
            assertThat(stored).matches("^[1-9][0-9]?/[1-9][0-9]?$");
            assertThat(TimeSignature.parse(stored)).isEqualTo(stored);
        } catch (ValidationException e) {
            assertThat(e.key()).isEqualTo("validation.timeSignature");
        }
    }

    @Provide
    Arbitrary<String> signatureLike() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789/ ").ofMaxLength(7),
                Arbitraries.strings().all().ofMaxLength(8));
    }
}
