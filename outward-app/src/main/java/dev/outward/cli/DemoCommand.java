package dev.outward.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.outward.demo.DemoCompany;
import dev.outward.demo.Settings;
import dev.outward.inconvenience.Detection;
import dev.outward.inconvenience.DetectionMode;
import dev.outward.inconvenience.Report;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.inconvenience.RuleCatalog;
import dev.outward.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Shows Outward working on a demo company.",
                "If the data directory is empty: generates a retailer (default 20,000 customers, 12 months) and imports it.",
                "Then shows what is stored and serves it: open the printed address and log in as admin.",
                "--no-serve stops after showing what is stored (for scripts and tests)."})
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    Outward root;

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "20000", description = "Customers (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--months", paramLabel = "M", defaultValue = "12", description = "Months (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--no-serve", description = "Do not start the server afterwards.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Server port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Server address (default: ${DEFAULT-VALUE}).")
    String host;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        Settings settings;
        try {
            settings = Settings.defaults().withCustomers(customers).withMonths(months);
        } catch (IllegalArgumentException e) {
            throw OptionErrors.named(e);
        }
        if (!noServe) {
            // Before minutes of generating and importing, not after.
            Server.checkCanListen(host, port);
        }
        boolean fresh = !Files.exists(root.data.resolve(Database.FILE));
        try (var database = DataDir.open(root)) {
            var events = DataDir.events(database);
            if (fresh || events.stats().events() == 0) {
                Path file = Files.createDirectories(root.data.resolve("demo")).resolve("demo-company.ndjson");
                out.printf("Generating a demo company: %s, %s…%n", Counts.of(customers, "customer"), Counts.of(months, "month"));
                out.flush();
                new DemoCompany(settings).writeTo(file);
                DemoCompany.describeServicesIn(root.data);
                var result = events.newImport(file).source(new dev.outward.events.SourceName("demo"))
                        .progress(ProgressBar.forTerminal(file.getFileName().toString(), spec.commandLine().getErr())).run();
                Summary.of(result).print(out);
            } else {
                out.println("Using the data already in " + root.data + " (remove the folder for a fresh demo).");
            }
            var stats = events.stats();
            out.printf("%nStored: %s of %s%n", Counts.of(stats.events(), "event"),
                    Counts.of(database.sql().queryLong("SELECT count(DISTINCT customer) FROM events"), "customer"));
            var catalog = RuleCatalog.load(database);
            var run = new Detection(database, catalog).run(DetectionMode.INCREMENTAL);
            var figures = new Report(database, catalog).compute(ReportFilter.allTime());
            out.printf("Detected: %s; %,d of %,d active customers were inconvenienced%n", Counts.of(run.total(), "inconvenience"),
                    figures.customers().inconvenienced(), figures.customers().active());
            if (figures.complaints() > 0) {
                out.printf("For every complaint, %s.%n", Counts.of(Math.round((double) run.total() / figures.complaints()), "inconvenience"));
            }
        }
        if (!noServe) {
            out.printf("%nStarting the server. Log in as admin: its password is printed below on the first start"
                    + " (or set OUTWARD_ADMIN_PASSWORD before it).%n");
            out.flush();
            Server.serve(root.data, host, port);
        }
        out.flush();
        return 0;
    }
}
