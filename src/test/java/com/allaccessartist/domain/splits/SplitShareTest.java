package com.allaccessartist.domain.splits;

import static org.assertj.core.api.Assertions.assertThat;

import com.allaccessartist.domain.ValidationException;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SplitShareTest {

    @Test
    void sharesAreReadAsTypedAndKeptWithTwoDecimals() {
        assertThat(SplitShare.parse("50").value()).isEqualTo(new BigDecimal("50.00"));
        assertThat(SplitShare.parse(" 33.33 % ").toString()).isEqualTo("33.33");
        assertThat(SplitShare.parse("12,5").value()).isEqualTo(new BigDecimal("12.50"));
        assertThat(SplitShare.parse("100").value()).isEqualTo(SplitShare.HUNDRED);
        assertThat(SplitShare.parse("0.01").value()).isEqualTo(SplitShare.SMALLEST);
        assertThat(SplitShare.parse("25.500").value()).as("trailing zeros are not precision").isEqualTo(new BigDecimal("25.50"));
    }

    @Test
    void eachBadShareNamesItsRule() {
        assertThat(key(() -> SplitShare.parse(" "))).isEqualTo("validation.share.empty");
        assertThat(key(() -> SplitShare.parse("fifty"))).isEqualTo("validation.share.format");
        assertThat(key(() -> SplitShare.parse("-5"))).isEqualTo("validation.share.format");
        assertThat(key(() -> SplitShare.parse("1e2"))).isEqualTo("validation.share.format");
        assertThat(key(() -> SplitShare.parse("33.333"))).isEqualTo("validation.share.precision");
        assertThat(key(() -> SplitShare.parse("0"))).isEqualTo("validation.share.range");
        assertThat(key(() -> SplitShare.parse("100.01"))).isEqualTo("validation.share.range");
        assertThat(key(() -> SplitShare.parse("250"))).isEqualTo("validation.share.range");
    }

    @Property
    void everyCentFromOneCentToAHundredIsAShareAndReadsBackExactly(@ForAll @IntRange(min = 1, max = 10_000) int cents) {
        BigDecimal value = BigDecimal.valueOf(cents, 2);

        SplitShare share = SplitShare.parse(value.toPlainString());

        assertThat(share.value()).isEqualTo(value);
        assertThat(SplitShare.parse(share.toString())).isEqualTo(share);
    }

    @Property
    void anyTextIsEitherAShareOrAValidationErrorNeverAnotherFailure(@ForAll("typed") String text) {
        try {
            SplitShare share = SplitShare.parse(text);
            assertThat(share.value().scale()).isEqualTo(2);
            assertThat(share.value()).isBetween(SplitShare.SMALLEST, SplitShare.HUNDRED);
        } catch (ValidationException expected) {
            assertThat(expected.key()).startsWith("validation.share.");
        }
    }

    @Provide
    Arbitrary<String> typed() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789.,% -e").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(4)
                        .map(BigDecimal::toPlainString));
    }

    private static String key(Runnable parse) {
        try {
            parse.run();
        } catch (ValidationException e) {
            return e.key();
        }
        throw new AssertionError("accepted");
    }
}
