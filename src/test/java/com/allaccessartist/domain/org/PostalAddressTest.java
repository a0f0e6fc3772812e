package com.allaccessartist.domain.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.allaccessartist.domain.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostalAddressTest {

    @Test
    void keepsTheGivenPartsTrimmedAndTheCountryInCapitals() {
        PostalAddress address = new PostalAddress(" 1 Abbey Road ", "London", " ", "NW8 9AY", "gb");

        assertThat(address.street()).isEqualTo("1 Abbey Road");
        assertThat(address.region()).isNull();
        assertThat(address.country()).isEqualTo("GB");
        assertThat(address.toMap()).containsExactly(Map.entry("street", "1 Abbey Road"), Map.entry("city", "London"),
                Map.entry("postal_code", "NW8 9AY"), Map.entry("country", "GB"));
        assertThat(address.isEmpty()).isFalse();
    }

    @Test
    void readsTheStoredJsonObjectIgnoringUnknownKeys() {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("city", "Berlin");
        json.put("country", "DE");
        json.put("planet", "Earth");

        PostalAddress address = PostalAddress.fromMap(json);

        assertThat(address).isEqualTo(new PostalAddress(null, "Berlin", null, null, "DE"));
        assertThat(PostalAddress.fromMap(Map.of())).isEqualTo(PostalAddress.EMPTY);
        assertThat(PostalAddress.fromMap(null)).isEqualTo(PostalAddress.EMPTY);
        assertThat(PostalAddress.EMPTY.isEmpty()).isTrue();
        assertThat(PostalAddress.EMPTY.toMap()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"UK", "XX", "GBR", "England", "1", "G"})
    void refusesACountryThatIsNotAnIsoCode(String country) {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new PostalAddress(null, null, null, null, country));

        assertThat(e.key()).isEqualTo("validation.address.country");
        assertThat(e.args()).containsExactly(country.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void refusesAPartLongerThanTwoHundredCharacters() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> new PostalAddress(null, "x".repeat(201), null, null, null));

        assertThat(e.key()).isEqualTo("validation.address.tooLong");
        assertThat(e.args()).containsExactly(200, "city");
        assertThat(new PostalAddress(null, "x".repeat(200), null, null, null).city()).hasSize(200);
    }

    @Property
    void anAddressRoundTripsThroughItsStoredForm(@ForAll("parts") String street, @ForAll("parts") String city,
                                                 @ForAll("parts") String region, @ForAll("parts") String postalCode,
                                                 @ForAll("countries") String country) {
        PostalAddress address = new PostalAddress(street, city, region, postalCode, country);

        assertThat(PostalAddress.fromMap(address.toMap())).isEqualTo(address);
        assertThat(address.toMap().values()).allSatisfy(value -> assertThat(value).isNotBlank().isEqualTo(value.strip()));
    }

    @Property(tries = 2000)
    void anyCountryTextIsACodeOrAValidationError(@ForAll("countryLike") String country) {
        try {
            PostalAddress address = new PostalAddress(null, null, null, null, country);
            assertThat(address.country() == null || address.country().matches("^[A-Z]{2}$")).isTrue();
        } catch (ValidationException e) {
            assertThat(e.key()).isEqualTo("validation.address.country");
        }
    }

    @Provide
    Arbitrary<String> parts() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.strings().all().ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> countries() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(java.util.Locale.getISOCountries()));
    }

    @Provide
    Arbitrary<String> countryLike() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').ofMaxLength(3),
                Arbitraries.strings().all().ofMaxLength(4));
    }
}
