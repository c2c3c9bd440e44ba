package dev.outward.cli;

import java.util.concurrent.Callable;

import dev.outward.inconvenience.Detection;
import dev.outward.inconvenience.DetectionMode;
import dev.outward.inconvenience.DetectionRun;
import dev.outward.inconvenience.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "detect", mixinStandardHelpOptions = true,
        description = {"Finds every inconvenience the active rules describe.",
                "Incremental by default: recomputes only what events imported since the last run can change."})
final class DetectCommand implements Callable<Integer> {

    @ParentCommand
    Outward root;

    @Spec
    CommandSpec spec;

    @Option(names = "--full", description = "Recompute everything (gives the same result as incremental runs).")
    boolean full;

    @Override
    public Integer call() {
        try (var database = DataDir.existing(root)) {
            DataDir.events(database);
            var run = new Detection(database, RuleCatalog.load(database)).run(full ? DetectionMode.FULL : DetectionMode.INCREMENTAL);
            print(run, spec.commandLine().getOut());
        }
        return 0;
    }

    static void print(DetectionRun run, java.io.PrintWriter out) {
        out.printf("Detection run %d (%s, %s): %s stored; %,d added and %,d removed%s in %.2f s%n", run.run(),
                run.mode().name().toLowerCase(java.util.Locale.ROOT), run.why(), Counts.of(run.total(), "inconvenience"), run.added(),
                run.removed(), run.from().map(from -> " from " + from).orElse(""), run.duration().toMillis() / 1000.0);
        run.byRule().forEach((rule, n) -> out.printf("  %-22s %,12d%n", rule.value(), n));
        out.flush();
    }
}
