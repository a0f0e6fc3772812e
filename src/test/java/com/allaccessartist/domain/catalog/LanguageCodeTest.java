package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.ValidationException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageCodeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"en, en", "EN, en", "' fr ', fr", "pt-BR, pt-BR", "pt_br, pt-BR", "PT-br, pt-BR", "zxx, zxx", "ZXX, zxx",
        "es-MX, es-MX", "is, is"})
    void readsTwoLetterCodesWithAnOptionalRegion(String typed, String stored) {
        assertThat(LanguageCode.parse(typed)).isEqualTo(stored);
        assertThat(LanguageCode.parse(stored)).isEqualTo(stored);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"english", "eng", "e", "xx", "en-XX", "en-", "-GB", "en-GB-x", "pt-BRA", "zxx-GB-x", "e n", "en GB"})
    void refusesWhatIsNotACode(String typed) {
        String text = typed == null ? "" : typed.strip().replace('_', '-');
        assertRejected(() -> LanguageCode.parse(typed), "validation.language", text);
    }

    @Property
    void everyIsoLanguageIsAccepted(@ForAll("languages") String language) {
        assertThat(LanguageCode.parse(language.toUpperCase(Locale.ROOT))).isEqualTo(language);
        assertThat(LanguageCode.parse(language + "-gb")).isEqualTo(language + "-GB");
    }

    @Property(tries = 2000)
    void anyTextIsACodeOrAValidationError(@ForAll("languageLike") String typed) {
        try {
            String stored = LanguageCode.parse(typed);
            assertThat(stored).matches("^([a-z]{2}|zxx)(-[A-Z]{2})?$").hasSizeLessThanOrEqualTo(10);
            assertThat(LanguageCode.parse(stored)).isEqualTo(stored);
        } catch (ValidationException e) {
            assertThat(e.key()).isEqualTo("validation.language");
        }
    }

    @Provide
    Arbitrary<String> languages() {
        return Arbitraries.of(Locale.getISOLanguages());
    }

    @Provide
    Arbitrary<String> languageLike() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("enfrptBRGBxz-_ ").ofMaxLength(7),
                Arbitraries.strings().all().ofMaxLength(8));
    }
}
