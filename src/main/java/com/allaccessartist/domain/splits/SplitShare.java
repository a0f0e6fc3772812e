package com.allaccessartist.domain.splits;

import com.allaccessartist.domain.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One party's share of a split sheet: an exact percentage with two decimals, from 0.01 to
 * 100.00 (the column is {@code DECIMAL(5,2)}). Never a floating-point number: 33.33 + 33.33 +
 * 33.34 is exactly 100.00.
 */
public final class SplitShare implements Comparable<SplitShare> {

    public static final BigDecimal HUNDRED = new BigDecimal("100.00");
    public static final BigDecimal SMALLEST = new BigDecimal("0.01");

    private final BigDecimal value;

    private SplitShare(BigDecimal value) {
        this.value = value;
    }

    /**
     * Reads a share as typed: "50", "33.33", "12,5" (a decimal comma), with or without a trailing
     * "%" and spaces.
     *
     * @throws ValidationException {@code validation.share.empty}, {@code .format}, {@code .precision}
     *         or {@code .range}
     */
    public static SplitShare parse(String input) {
        String text = input == null ? "" : input.strip();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.isEmpty()) {
            throw new ValidationException("validation.share.empty", "Enter a share between 0.01 and 100.");
        }
        if (!text.matches("[0-9]+([.,][0-9]+)?")) {
            throw new ValidationException("validation.share.format",
                    "A share is a number such as 50 or 33.33; found \"" + input.strip() + "\".", input.strip());
        }
        return of(new BigDecimal(text.replace(',', '.')));
    }

    /**
     * @throws ValidationException {@code validation.share.precision} (more than two decimals that
     *         are not zero) or {@code validation.share.range}
     */
    public static SplitShare of(BigDecimal value) {
        BigDecimal exact = value.stripTrailingZeros();
        if (exact.scale() > 2) {
            throw new ValidationException("validation.share.precision",
                    "A share has at most two decimals; found " + value.toPlainString() + ".", value.toPlainString());
        }
        BigDecimal scaled = value.setScale(2, RoundingMode.UNNECESSARY);
        if (scaled.compareTo(SMALLEST) < 0 || scaled.compareTo(HUNDRED) > 0) {
            throw new ValidationException("validation.share.range",
                    "A share is between 0.01 and 100; found " + scaled.toPlainString() + ".", scaled.toPlainString());
        }
        return new SplitShare(scaled);
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    /** The percentage with exactly two decimals. */
    public BigDecimal value() {
        return value;
    }

    @Override
    public int compareTo(SplitShare other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SplitShare share && share.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** "33.33". */
    @Override
    public String toString() {
        return value.toPlainString();
    }
}
