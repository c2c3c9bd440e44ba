package dev.outward.inconvenience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.events.Mapping;
import dev.outward.events.SourceName;

/** Real data: the Olist orders subset through the example mapping, checked against a plain count of the CSV. */
class OlistTests {

    @TempDir
    Path tmp;

    @Test
    void lateDeliveriesAndCancelledOrdersMatchAPlainCountOfTheCsv() throws IOException {
        var data = upwards(Path.of("shared/data/olist-subset"), Path.of("../shared/data/olist-subset"));
        var mapping = upwards(Path.of("examples/olist/orders.sql"));
        assumeTrue(data.isPresent() && mapping.isPresent(), "the Olist subset lives in ../shared/data/olist-subset");
        Path orders = data.get().resolve("olist_orders_dataset.csv");

        try (var detector = new Detector(tmp)) {
            var imported = detector.store.events.newImport(orders).mapping(Mapping.read(mapping.get()))
                    .source(new SourceName("olist")).run();
            assertThat(imported.rejected()).isZero();

            var found = detector.detect();

            var expected = count(orders);
            assertThat(found.stream().filter(i -> i.rule().value().equals("cancelled-order")).count())
                    .isEqualTo(expected.cancelled()).isPositive();
            assertThat(found.stream().filter(i -> i.rule().value().equals("late-delivery")).count())
                    .isEqualTo(expected.late()).isPositive();
        }
    }

    record Counts(long cancelled, long late) {
    }

    /** Cancelled: status canceled or unavailable. Late: delivered after the end of the estimated delivery day. */
    private static Counts count(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        List<String> header = List.of(lines.getFirst().split(","));
        int status = header.indexOf("order_status");
        int delivered = header.indexOf("order_delivered_customer_date");
        int estimated = header.indexOf("order_estimated_delivery_date");
        long cancelled = 0;
        long late = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[status].equals("canceled") || cells[status].equals("unavailable")) {
                cancelled++;
            }
            if (!cells[delivered].isEmpty() && time(cells[delivered]).toLocalDate().isAfter(time(cells[estimated]).toLocalDate())) {
                late++;
            }
        }
        return new Counts(cancelled, late);
    }

    private static LocalDateTime time(String cell) {
        return LocalDateTime.parse(cell.replace(' ', 'T'));
    }

    /** The first of {@code candidates} that exists relative to the working directory or one of its parents. */
    private static Optional<Path> upwards(Path... candidates) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            for (Path candidate : candidates) {
                if (Files.exists(dir.resolve(candidate))) {
                    return Optional.of(dir.resolve(candidate).normalize());
                }
            }
        }
        return Optional.empty();
    }
}
