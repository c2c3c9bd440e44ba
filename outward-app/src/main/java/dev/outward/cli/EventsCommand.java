package dev.outward.cli;

import java.util.concurrent.Callable;

import dev.outward.events.CustomerId;
import dev.outward.events.EventQuery;
import dev.outward.events.EventType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Prints stored events as event-format NDJSON, in time order.")
final class EventsCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParentCommand
    Outward root;

    @Spec
    CommandSpec spec;

    @Option(names = "--customer", paramLabel = "ID", description = "Only this customer's events.")
    String customer;

    @Option(names = "--type", paramLabel = "T", description = "Only events of this type.")
    String type;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N events (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        var query = EventQuery.all(limit);
        if (customer != null) {
            query = query.forCustomer(new CustomerId(customer));
        }
        if (type != null) {
            query = query.ofType(EventType.fromWire(type).orElseThrow(() -> new IllegalArgumentException(
                    "--type " + type + " is not an event type; the types are contact, visit, error, order, delivery,"
                            + " payment, bill, appointment, outage, complaint, survey, product, account, profile")));
        }
        var out = spec.commandLine().getOut();
        try (var database = DataDir.existing(root)) {
            var events = DataDir.events(database).find(query);
            for (var event : events) {
                out.println(JSON.writeValueAsString(EventJson.of(event)));
            }
            if (events.isEmpty()) {
                // stdout stays NDJSON (empty); a mistyped id should not look like a customer without events
                spec.commandLine().getErr().println("outward: no stored event matches"
                        + (customer == null ? "" : " --customer " + customer) + (type == null ? "" : " --type " + type));
            }
        }
        out.flush();
        return 0;
    }
}
