package dev.outward.cli;

import java.util.LinkedHashMap;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts what is stored.")
final class StatsCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Format { table, json }

    @ParentCommand
    Outward root;

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var database = DataDir.existing(root)) {
            var stats = DataDir.events(database).stats();
            if (format == Format.json) {
                var json = new LinkedHashMap<String, Object>();
                json.put("events", stats.events());
                json.put("by_type", stats.byType());
                json.put("by_source", stats.bySource());
                json.put("quarantined", stats.quarantined());
                out.println(JSON.writeValueAsString(json));
            } else {
                out.printf("events       %,d%n", stats.events());
                stats.byType().forEach((type, n) -> out.printf("  %-12s %,12d%n", type, n));
                out.println("by source");
                stats.bySource().forEach((source, n) -> out.printf("  %-12s %,12d%n", source, n));
                out.printf("quarantined  %,d%n", stats.quarantined());
            }
        }
        out.flush();
        return 0;
    }
}
