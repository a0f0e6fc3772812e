package com.allaccessartist.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.allaccessartist.domain.ValidationException;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void carriesKeyArgumentsAndEnglishMessage() {
        ValidationException e = new ValidationException("validation.isrc.length", "found 11", 11);

        assertThat(e.key()).isEqualTo("validation.isrc.length");
        assertThat(e.args()).containsExactly(11);
        assertThat(e.getMessage()).isEqualTo("found 11");
        assertThat(e).isInstanceOf(RuntimeException.class);
    }

    @Test
    void argumentsCannotBeChangedFromOutside() {
        Object[] given = {1, 2};
        ValidationException e = new ValidationException("k", "m", given);

        given[0] = 99;
        e.args()[1] = 99;

        assertThat(e.args()).containsExactly(1, 2);
    }

    @Test
    void nullArgumentsBecomeEmpty() {
        ValidationException e = new ValidationException("k", "m", (Object[]) null);

        assertThat(e.args()).isEmpty();
    }

    @Test
    void requiresKey() {
        assertThatNullPointerException().isThrownBy(() -> new ValidationException(null, "m"));
    }
}
