package com.allaccessartist.cli;

import com.allaccessartist.service.benchmark.BenchmarkResult;
import com.allaccessartist.service.benchmark.CatalogueBenchmark;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bench}: timings of the app against a raw JDBC baseline, measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure opening the catalogue, the Overview and the catalogue lists against raw JDBC (load the demo catalogue first).")
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    AaaCommand root;

    @Option(names = "--runs", defaultValue = "7", description = "Runs per measurement; the median is reported (default 7).")
    int runs;

    @Override
    public Integer call() {
        CliContext context = root.context();
        List<BenchmarkResult> results = new CatalogueBenchmark(root.database().target(context), context.clock()).run(runs);
        context.out().printf("%-72s %10s   %-50s %10s %8s%n", "operation", "median ms", "baseline (same run)", "median ms", "ratio");
        for (BenchmarkResult result : results) {
            context.out().printf("%-72s %10.1f   %-50s %10.1f %7.1fx%n", result.operation(), result.medianMillis(),
                    result.baseline(), result.baselineMillis(), result.ratio());
        }
        return 0;
    }
}
