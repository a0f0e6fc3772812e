/**
 * Benchmarks of what people wait for, each printed beside a baseline measured in the same run
 * (raw JDBC on the same data), so the figures mean the same on any machine. Run through the
 * CLI's {@code bench} command; never in unit tests.
 */
package com.allaccessartist.service.benchmark;
