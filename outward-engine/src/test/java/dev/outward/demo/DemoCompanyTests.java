package dev.outward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.services.Services;

class DemoCompanyTests {

    @Test
    void the_same_settings_write_the_same_bytes_to_a_file_as_to_a_stream(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("demo.ndjson");

        Summary summary = new DemoCompany(DemoFile.SETTINGS).writeTo(file);

        assertThat(DemoFile.sha256(Files.readAllBytes(file))).isEqualTo(DemoFile.sha256(DemoFile.bytes()));
        assertThat(summary).isEqualTo(DemoFile.summary());
    }

    @Test
    void every_service_the_demo_names_is_described_with_an_owner(@TempDir Path dir) throws IOException {
        var named = DemoFile.events().map(event -> event.get("service")).filter(s -> s != null && !s.isNull())
                .map(s -> s.stringValue()).collect(Collectors.toSet());

        DemoCompany.describeServicesIn(dir);

        var described = Services.load(dir).described().stream().collect(Collectors.toMap(s -> s.id().value(), s -> s));
        assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(named);
        assertThat(described.values()).allSatisfy(service -> {
            assertThat(service.owner()).isPresent();
            assertThat(service.name()).isNotEqualTo(service.id().value());
        });
    }

    @Test
    void a_data_directory_keeps_its_own_services_file(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("services.yaml"), "services: []\n");

        DemoCompany.describeServicesIn(dir);

        assertThat(Files.readString(dir.resolve("services.yaml"))).isEqualTo("services: []\n");
    }

    @Test
    void a_different_seed_writes_a_different_file() {
        Settings small = Settings.defaults().withCustomers(200).withMonths(2);

        byte[] one = DemoFile.write(small.withSeed(1));
        byte[] two = DemoFile.write(small.withSeed(2));

        assertThat(DemoFile.sha256(one)).isNotEqualTo(DemoFile.sha256(two));
        assertThat(DemoFile.sha256(DemoFile.write(small.withSeed(1)))).isEqualTo(DemoFile.sha256(one));
    }

    @Test
    void the_summary_counts_what_was_written() {
        Map<String, Long> counted = DemoFile.events()
                .collect(Collectors.groupingBy(event -> event.get("type").stringValue(), Collectors.counting()));

        Summary summary = DemoFile.summary();

        assertThat(summary.bytes()).isEqualTo(DemoFile.bytes().length);
        assertThat(summary.events()).isEqualTo(DemoFile.lines().count());
        assertThat(summary.eventsByType()).containsExactlyInAnyOrderEntriesOf(counted);
    }

    @Test
    void every_customer_asked_for_appears_and_no_other() {
        Map<String, Long> customers = DemoFile.events().filter(event -> event.has("customer"))
                .collect(Collectors.groupingBy(event -> event.get("customer").stringValue(), Collectors.counting()));

        assertThat(customers).hasSize(DemoFile.SETTINGS.customers()).containsKeys("A-1", "A-2000");
    }

    @Test
    void events_fall_within_the_months_asked_for() {
        Settings spring = Settings.defaults().withCustomers(300).withMonths(3).withStart(LocalDate.of(2026, 3, 1));

        Map<String, Long> byMonth = DemoFile.events(DemoFile.write(spring))
                .map(event -> event.get("time").stringValue().substring(0, 7))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        assertThat(byMonth).containsOnlyKeys("2026-03", "2026-04", "2026-05");
    }

    @Test
    void settings_refuse_what_cannot_be_generated() {
        assertThatThrownBy(() -> Settings.defaults().withCustomers(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customers");
        assertThatThrownBy(() -> Settings.defaults().withMonths(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("months");
        assertThatThrownBy(() -> new Rates(0.1, 0.005, 0.008, 0.7, 0.5, 0.04, 0.07, 0.06, 0.7, 0.05, 0.06, 0.1, 0.4,
                0.012, 0.12)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("estimatedBill");
    }

    @Test
    void each_customers_events_come_in_time_order() {
        Map<String, String> lastTime = new HashMap<>();
        DemoFile.events().filter(event -> event.has("customer")).forEach(event -> {
            String time = event.get("time").stringValue();
            String previous = lastTime.put(event.get("customer").stringValue(), time);
            assertThat(previous == null ? "" : previous).as(event.toString()).isLessThanOrEqualTo(time);
        });
    }
}
