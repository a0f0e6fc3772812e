package com.allaccessartist.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.allaccessartist.domain.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by the identifier tests. */
final class ValidationAssertions {

    private ValidationAssertions() {
    }

    /** The {@link ValidationException} {@code call} throws; fails if it throws nothing or anything else. */
    static ValidationException rejection(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        return (ValidationException) thrown;
    }

    /** Asserts {@code call} is rejected with {@code key} and exactly {@code args}. */
    static ValidationException assertRejected(ThrowingCallable call, String key, Object... args) {
        ValidationException e = rejection(call);
        assertThat(e.key()).isEqualTo(key);
        assertThat(e.args()).containsExactly(args);
        assertThat(e.getMessage()).isNotBlank().doesNotContain(key);
        return e;
    }
}
