package com.allaccessartist.domain.catalog;

import static com.allaccessartist.domain.catalog.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allaccessartist.domain.ValidationException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TrackDurationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"3:45, 225", "0:01, 1", "12:07, 727", "1:02:30, 3750", "' 4:00 ', 240", "99:59, 5999", "123:00, 7380",
        "23:59:59, 86399", "0:00:01, 1", "00:59, 59"})
    void readsMinutesAndSecondsOrHoursMinutesAndSeconds(String typed, int seconds) {
        assertThat(TrackDuration.parse(typed)).isEqualTo(seconds);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void refusesNothing(String typed) {
        assertRejected(() -> TrackDuration.parse(typed), "validation.duration.empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"345", "3.45", "3:4", "3:456", "a:bc", "1:2:3:4", "-3:45", "3 : 45", "1234:00", "100:00:00"})
    void refusesOtherShapesQuotingWhatWasTyped(String typed) {
        assertRejected(() -> TrackDuration.parse(typed), "validation.duration.shape", typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3:60", "0:99", "1:60:00", "1:00:60"})
    void refusesSecondsOrMinutesOfSixtyAndMore(String typed) {
        assertRejected(() -> TrackDuration.parse(typed), "validation.duration.seconds", typed);
    }

    @Test
    void refusesZeroAndADayOrMore() {
        assertRejected(() -> TrackDuration.parse("0:00"), "validation.duration.zero");
        assertRejected(() -> TrackDuration.parse("0:00:00"), "validation.duration.zero");
        assertRejected(() -> TrackDuration.parse("24:00:00"), "validation.duration.tooLong");
        assertRejected(() -> TrackDuration.parse("99:59:59"), "validation.duration.tooLong");
    }

    @Test
    void formatsUnderAnHourAsMinutesAndFromAnHourWithHours() {
        assertThat(TrackDuration.format(0)).isEqualTo("0:00");
        assertThat(TrackDuration.format(225)).isEqualTo("3:45");
        assertThat(TrackDuration.format(3599)).isEqualTo("59:59");
        assertThat(TrackDuration.format(3600)).isEqualTo("1:00:00");
        assertThat(TrackDuration.format(3750)).isEqualTo("1:02:30");
        assertThatThrownBy(() -> TrackDuration.format(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void everyDurationRoundTripsThroughItsFormat(@ForAll @IntRange(min = 1, max = TrackDuration.MAX_SECONDS) int seconds) {
        String shown = TrackDuration.format(seconds);

        assertThat(TrackDuration.parse(shown)).isEqualTo(seconds);
        assertThat(TrackDuration.format(TrackDuration.parse(shown))).isEqualTo(shown);
    }

    @Property(tries = 3000)
    void anyTextIsADurationWithinLimitsOrAValidationError(@ForAll("durationLike") String typed) {
        int seconds;
        try {
            seconds = TrackDuration.parse(typed);
        } catch (ValidationException e) {
            assertThat(e.key()).startsWith("validation.duration.");
            return;
        }
        assertThat(seconds).isBetween(1, TrackDuration.MAX_SECONDS);
    }

    @Provide
    Arbitrary<String> durationLike() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("0123456789: ").ofMaxLength(10),
                Arbitraries.strings().all().ofMaxLength(12));
    }
}
