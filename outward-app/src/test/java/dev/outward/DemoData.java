package dev.outward;

import java.io.IOException;
import java.nio.file.Path;

import dev.outward.demo.DemoCompany;
import dev.outward.demo.Settings;
import dev.outward.events.EventStore;
import dev.outward.events.SourceName;
import dev.outward.store.Database;

/** A data directory holding a small demo company (500 customers, 3 months), imported with the engine. */
public final class DemoData extends TempDataDir {

    @Override
    protected void prepare(Path dir) throws IOException {
        Path file = dir.resolve("demo-company.ndjson");
        new DemoCompany(Settings.defaults().withCustomers(500).withMonths(3)).writeTo(file);
        try (var database = Database.open(dir)) {
            new EventStore(database).newImport(file).source(new SourceName("demo")).run();
        }
    }
}
