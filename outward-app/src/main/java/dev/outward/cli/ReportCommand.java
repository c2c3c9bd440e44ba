package dev.outward.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;

import dev.outward.inconvenience.Detection;
import dev.outward.inconvenience.Report;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.inconvenience.ReportFormats;
import dev.outward.inconvenience.RuleCatalog;
import dev.outward.services.ServiceId;
import dev.outward.store.Database;
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
        try (var database = DataDir.existing(root)) {
            DataDir.events(database);
            var catalog = RuleCatalog.load(database);
            var figures = new Report(database, catalog).compute(filter);
            out.print(switch (format) {
                case json -> ReportFormats.json(figures) + System.lineSeparator();
                case csv -> ReportFormats.csv(figures);
                case table -> ReportFormats.table(figures, filter);
            });
            out.flush();
            behindDetection(database, new Detection(database, catalog));
        }
        return 0;
    }

    /**
     * Inconveniences are what the last detection run stored, so a report before it (or after later imports) counts
     * too few without an error. Say so on stderr: stdout stays the report, which scripts parse.
     */
    private void behindDetection(Database database, Detection detection) {
        if (detection.upToDate()) {
            return;
        }
        var err = spec.commandLine().getErr();
        var last = detection.history(1).stream().findFirst();
        if (last.isEmpty()) {
            err.println("outward: no detection run yet, so no inconveniences are counted: run `outward detect`");
        } else {
            long since = database.sql().queryLong("SELECT count(*) FROM events WHERE batch > ?", last.get().lastBatch());
            err.printf("outward: the inconveniences are as of detection run %d (%s)%s: run `outward detect`%n", last.get().run(),
                    last.get().startedAt().truncatedTo(ChronoUnit.SECONDS),
                    since > 0 ? ", " + Counts.of(since, "event") + " imported since" : "; the rules changed since");
        }
        err.flush();
    }
}
