package dev.outward.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import dev.outward.demo.DemoCompany;
import dev.outward.demo.Rates;
import dev.outward.demo.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic energy/telecom retailer's events in the event format.",
                "The same arguments always give a byte-identical file."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "20000", description = "Customers (default: ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--months", paramLabel = "M", defaultValue = "12", description = "Months of history (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "DATE", defaultValue = "2026-01-01", description = "First day (default: ${DEFAULT-VALUE}).")
    LocalDate start;

    @Option(names = "--first-contact-resolution", paramLabel = "RATE", description = "Share of inbound contacts resolved first time (default 0.70).")
    Double firstContactResolution;

    @Option(names = "--failed-payment", paramLabel = "RATE", description = "Share of payments that fail (default 0.04).")
    Double failedPayment;

    @Option(names = "--estimated-bill", paramLabel = "RATE", description = "Share of bills that are estimated (default 0.07).")
    Double estimatedBill;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "NDJSON file to write.")
    Path out;

    @Override
    public Integer call() throws Exception {
        var settings = settings();
        OptionErrors.checkWritable(out);
        long started = System.nanoTime();
        dev.outward.demo.Summary summary;
        try {
            summary = new DemoCompany(settings).writeTo(out);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot write " + out + ": " + OptionErrors.why(e), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        var print = spec.commandLine().getOut();
        print.printf("%s: %s (%,.0f MB) in %.1f s, %,.0f events/s%n", out, Counts.of(summary.events(), "event"), summary.bytes() / 1e6,
                seconds, summary.events() / seconds);
        print.flush();
        return 0;
    }

    Settings settings() {
        try {
            return settingsNamedInJava();
        } catch (IllegalArgumentException e) {
            throw OptionErrors.named(e);
        }
    }

    private Settings settingsNamedInJava() {
        var rates = Rates.defaults();
        rates = new Rates(rates.newCustomers(), rates.monthlyChurn(), rates.monthlyMove(),
                estimatedBill != null ? estimatedBill : rates.estimatedBill(), rates.correctedBill(),
                failedPayment != null ? failedPayment : rates.failedPayment(), rates.failedVisit(), rates.abandonedVisit(),
                firstContactResolution != null ? firstContactResolution : rates.firstContactResolution(),
                rates.abandonedContact(), rates.missedAppointment(), rates.lateDelivery(), rates.outagesPerAreaMonth(),
                rates.complaintPerProblem(), rates.survey());
        return Settings.defaults().withCustomers(customers).withMonths(months).withSeed(seed).withStart(start).withRates(rates);
    }
}
