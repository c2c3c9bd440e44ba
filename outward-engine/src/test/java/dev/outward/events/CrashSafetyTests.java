package dev.outward.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.store.Database;

/** An import in another JVM is killed with SIGKILL part-way; the store must hold all of the file or none of it. */
class CrashSafetyTests {

    private static final int LINES = 400_000;

    @TempDir
    Path tmp;

    @Test
    void anImportKilledMidwayLeavesNoPartOfTheFileAndARerunCompletesIt() throws Exception {
        var lines = new ArrayList<String>(LINES);
        for (int i = 0; i < LINES; i++) {
            lines.add(TestEvent.of("visit").id("v" + i).customer("C" + (i % 5000)).attr("outcome", i % 10 == 0 ? "failed" : "ok").json());
        }
        Path file = java.nio.file.Files.write(tmp.resolve("visits.ndjson"), lines);
        Path data = tmp.resolve("data");
        try (var database = Database.open(data)) {
            new EventStore(database).newImport(file).maxRejections(10); // creates the schema before the crash
        }

        for (long killAfterMillis : List.of(150L, 600L, 1200L)) {
            killImportAfter(data, file, killAfterMillis);
            try (var database = Database.open(data)) {
                long stored = database.sql().queryLong("SELECT count(*) FROM events");
                long recorded = database.sql().queryLong("SELECT coalesce(sum(stored), 0) FROM imports");
                assertThat(stored).as("after a kill at %d ms", killAfterMillis).isIn(0L, (long) LINES);
                assertThat(recorded).isEqualTo(stored);
                if (killAfterMillis == 150L) {
                    assertThat(stored).as("400k rows cannot be imported in 150 ms: the kill must have hit mid-import").isZero();
                }
            }
        }

        try (var database = Database.open(data)) {
            new EventStore(database).newImport(file).run();
            assertThat(database.sql().queryLong("SELECT count(*) FROM events")).isEqualTo(LINES);
            assertThat(database.sql().queryLong("SELECT count(DISTINCT id) FROM events")).isEqualTo(LINES);
        }
    }

    private static void killImportAfter(Path data, Path file, long millis) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                ImportInAnotherJvm.class.getName(), data.toString(), file.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("importing")) {
                // wait until the store is open and the import has begun
            }
            Thread.sleep(millis);
            process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no clean close
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The child JVM: opens the store and imports the file. */
    public static final class ImportInAnotherJvm {
        public static void main(String[] args) {
            try (var database = Database.open(Path.of(args[0]))) {
                var store = new EventStore(database);
                System.out.println("importing");
                System.out.flush();
                store.newImport(Path.of(args[1])).run();
                System.out.println("done");
            }
        }
    }
}
