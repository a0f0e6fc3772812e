package com.allaccessartist.service.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The only source of randomness of the demo generator: a {@link SplittableRandom} from the
 * request's seed, so a seed reproduces every value, including ids. Each planning step works on
 * its own {@link #split()} stream, so a change inside one step does not shift the others.
 */
final class DemoRandom {

    private static final long VERSION_MASK = 0xF000L;
    private static final long VERSION_4 = 0x4000L;
    private static final long VARIANT_MASK = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final long VARIANT_IETF = 0x8000_0000_0000_0000L;

    private final SplittableRandom random;

    DemoRandom(long seed) {
        this(new SplittableRandom(seed));
    }

    private DemoRandom(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, itself determined by this one. */
    DemoRandom split() {
        return new DemoRandom(random.split());
    }

    /** A version-4 (random) UUID made of this stream's bits. */
    UUID uuid() {
        long msb = (random.nextLong() & ~VERSION_MASK) | VERSION_4;
        long lsb = (random.nextLong() & VARIANT_MASK) | VARIANT_IETF;
        return new UUID(msb, lsb);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    long between(long min, long max) {
        return min + random.nextLong(max - min + 1);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A number in [0, 1). */
    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A character of {@code alphabet}. */
    char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    /** The index of a weight, chosen in proportion to the weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A standard normal number (Box–Muller with StrictMath, the same on every platform). */
    double gaussian() {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
    }

    /** A normal number of {@code mean} and {@code deviation}, rounded and kept within [min, max]. */
    int gaussian(double mean, double deviation, int min, int max) {
        long value = Math.round(mean + deviation * gaussian());
        return (int) Math.max(min, Math.min(max, value));
    }

    /** A log-normal amount around {@code median} (long-tailed, like streams and plays). */
    long logNormal(double median, double sigma) {
        return Math.round(median * StrictMath.exp(sigma * gaussian()));
    }

    /** A date from {@code from} to {@code to}, both included ({@code from} if the range is empty). */
    LocalDate dateBetween(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(between(0L, days));
    }

    /** {@code pattern} with every {@code #} replaced by a digit and every {@code @} by a letter A–Z. */
    String fill(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '#') {
                out.append((char) ('0' + random.nextInt(10)));
            } else if (c == '@') {
                out.append((char) ('A' + random.nextInt(26)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
