package com.allaccessartist.service.benchmark;

/**
 * One measured operation beside its baseline, both measured in the same run on the same data.
 *
 * @param operation      what the application does
 * @param medianMillis   its median time over the runs
 * @param baseline       what it is compared with
 * @param baselineMillis the baseline's median time over the same number of runs
 */
public record BenchmarkResult(String operation, double medianMillis, String baseline, double baselineMillis) {

    /** How many times slower than the baseline (1.0 = as fast). */
    public double ratio() {
        return baselineMillis <= 0 ? Double.NaN : medianMillis / baselineMillis;
    }
}
