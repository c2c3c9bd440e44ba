package dev.outward.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;

import dev.outward.inconvenience.Report;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.inconvenience.ReportFormats;
import dev.outward.inconvenience.RuleCatalog;
import dev.outward.services.ServiceId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Inconveniences, customers, complaints and contact-centre figures for a period.",
                "Dates are inclusive, UTC, on event time; without them, all time. Run `outward detect` first.",
                "--channel, --service and --segment narrow it as the web pages' filters do."})
final class ReportCommand implements Callable<Integer> {

    enum Format { table, json, csv }

    @ParentCommand
    Outward root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "First day (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--channel", paramLabel = "NAME", description = "Only events and inconveniences on this channel.")
    String channel;

    @Option(names = "--service", paramLabel = "ID", description = "Only events and inconveniences of this IT service ('unattributed': none).")
    String service;

    @Option(names = "--segment", paramLabel = "NAME", description = "Only customers in this segment at the time (their latest profile).")
    String segment;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        var filter = ReportFilter.allTime().from(from).to(to).channel(channel).segment(segment)
                .service(service == null || service.isBlank() ? null : new ServiceId(service.strip()));
        var out = spec.commandLine().getOut();
        try (var database = DataDir.open(root)) {
            DataDir.events(database);
            var figures = new Report(database, RuleCatalog.load(database)).compute(filter);
            out.print(switch (format) {
                case json -> ReportFormats.json(figures) + System.lineSeparator();
                case csv -> ReportFormats.csv(figures);
                case table -> ReportFormats.table(figures);
            });
        }
        out.flush();
        return 0;
    }
}
