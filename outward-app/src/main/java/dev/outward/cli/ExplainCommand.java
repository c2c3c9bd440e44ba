package dev.outward.cli;

import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import dev.outward.events.CustomerId;
import dev.outward.events.StoredEvent;
import dev.outward.inconvenience.Explanation;
import dev.outward.inconvenience.RuleCatalog;
import dev.outward.inconvenience.Timeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "A customer's timeline: every event, and every inconvenience with its rule and evidence.")
final class ExplainCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    @ParentCommand
    Outward root;

    @Spec
    CommandSpec spec;

    @Option(names = "--customer", required = true, paramLabel = "ID", description = "The customer.")
    String customer;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var database = DataDir.existing(root)) {
            DataDir.events(database);
            var timeline = new Explanation(database, RuleCatalog.load(database)).of(new CustomerId(customer));
            if (timeline.events().isEmpty()) {
                out.println("No events of customer " + customer + " are stored.");
                out.flush();
                return 1;
            }
            out.printf("Customer %s: %s, %s (times UTC)%n", customer, Counts.of(timeline.events().size(), "event"),
                    Counts.of(timeline.inconveniences().size(), "inconvenience"));
            for (var entry : timeline.entries()) {
                switch (entry) {
                    case Timeline.EventEntry e -> out.printf("%s  %s%n", TIME.format(e.time()), describe(e.event()));
                    case Timeline.InconvenienceEntry i -> {
                        var evidence = i.evidence();
                        var inconvenience = evidence.inconvenience();
                        out.printf("%s  ! %s  service %s%n", TIME.format(i.time()), inconvenience.rule().value(), inconvenience.service().value());
                        out.printf("%21s counted on %s%n", "", describe(evidence.event()));
                        evidence.cause().ifPresent(cause -> out.printf("%21s caused by  %s at %s%n", "", describe(cause), TIME.format(cause.time())));
                    }
                }
            }
            if (timeline.truncated()) {
                out.println("(timeline truncated)");
            }
        }
        out.flush();
        return 0;
    }

    private static String describe(StoredEvent event) {
        var text = new StringBuilder(event.type()).append(' ').append(event.id());
        if (event.channel() != null) {
            text.append(" via ").append(event.channel());
        }
        if (event.service() != null) {
            text.append(" [").append(event.service()).append(']');
        }
        if (event.reason() != null) {
            text.append(" \"").append(event.reason()).append('"');
        }
        if (!event.attrs().isEmpty()) {
            text.append(' ').append(event.attrs());
        }
        return text.toString();
    }
}
