package dev.outward.bench;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.outward.store.Database;

/**
 * After the server stopped: checks in its store that every acknowledged event is there exactly once. Events of
 * batches that were not acknowledged (a timeout, a 429) may or may not be stored; they are only counted.
 */
final class StoredOnce {

    private StoredOnce() {
    }

    /** @param acknowledged per phase, the batch numbers answered 200 */
    static void verify(Path dataDir, String source, Map<Integer, Set<Long>> acknowledged) throws Exception {
        var perBatch = new HashMap<String, Integer>();
        long rows = 0;
        long distinct;
        try (var database = Database.open(dataDir); var statement = database.connection().createStatement()) {
            try (ResultSet ids = statement.executeQuery("SELECT id FROM events WHERE source = '" + source + "'")) {
                while (ids.next()) {
                    String id = ids.getString(1); // bench-PHASE-BATCH-INDEX
                    perBatch.merge(id.substring(0, id.lastIndexOf('-')), 1, Integer::sum);
                    rows++;
                }
            }
            try (ResultSet count = statement.executeQuery("SELECT count(DISTINCT id) FROM events WHERE source = '" + source + "'")) {
                count.next();
                distinct = count.getLong(1);
            }
        }
        long expected = 0;
        long missing = 0;
        for (var phase : acknowledged.entrySet()) {
            for (long batch : phase.getValue()) {
                expected += BatchSender.BATCH;
                missing += BatchSender.BATCH - perBatch.getOrDefault("bench-" + phase.getKey() + "-" + batch, 0);
            }
        }
        long unacknowledged = rows - (expected - missing);
        System.out.printf("stored: %,d rows, %,d distinct ids; acknowledged %,d, missing %,d, stored without a 200 %,d%n",
                rows, distinct, expected, missing, unacknowledged);
        if (missing != 0 || rows != distinct) {
            throw new IllegalStateException("acknowledged events were not stored exactly once");
        }
    }
}
