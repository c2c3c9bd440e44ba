package dev.outward.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The worked Olist mappings in examples/ against the real data in ../shared/data/olist-subset. */
class OlistTests {

    @RegisterExtension
    final TestStore store = TestStore.perTest();

    @Test
    void theOrdersMappingImportsEveryOrderAndADeliveryForEachDeliveredOne() throws IOException {
        var orders = Olist.data().resolve("olist_orders_dataset.csv");

        var result = store.events.newImport(orders).mapping(Mapping.read(Olist.example("orders.sql"))).source(new SourceName("olist")).run();

        long delivered = Files.readAllLines(orders).stream().skip(1).filter(line -> !line.split(",", -1)[6].isEmpty()).count();
        assertThat(result.rejected()).isZero();
        assertThat(store.count("SELECT count(*) FROM events WHERE type = 'order'")).isEqualTo(8_135);
        assertThat(store.count("SELECT count(*) FROM events WHERE type = 'delivery'")).isEqualTo(delivered);
        assertThat(store.count("SELECT count(*) FROM events WHERE type = 'order' AND status = 'cancelled'")).isEqualTo(625 + 609);
        assertThat(store.count("SELECT count(*) FROM events WHERE promised IS NULL OR second(promised) <> 59")).isZero();
    }

    @Test
    void theReviewsMappingImportsEveryReviewAsACsatSurvey() {
        var reviews = Olist.data().resolve("olist_order_reviews_dataset.csv");

        var result = store.events.newImport(reviews).mapping(Mapping.read(Olist.example("reviews.sql"))).run();

        assertThat(result.rejected()).isZero();
        assertThat(result.stored()).isEqualTo(8_225);
        assertThat(store.count("SELECT count(*) FROM events WHERE type = 'survey' AND scale = 'csat' AND score BETWEEN 1 AND 5")).isEqualTo(8_225);
    }

    /** Finds the shared data and the examples from wherever the build runs. */
    static final class Olist {
        static Path data() {
            return find("shared/data/olist-subset");
        }

        static Path example(String name) {
            return find("examples/olist").resolve(name);
        }

        private static Path find(String relative) {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve(relative))) {
                    return dir.resolve(relative);
                }
            }
            throw new IllegalStateException("Cannot find " + relative + " above " + Path.of("").toAbsolutePath());
        }
    }
}
