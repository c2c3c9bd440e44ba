package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.services.ServiceId;
import dev.outward.services.Services;

class DemoCommandTests {

    @TempDir
    Path dir;

    @Test
    void demo_with_no_serve_generates_imports_and_stops() {
        var demo = Cli.run("--data", dir.toString(), "demo", "--customers", "40", "--months", "1", "--no-serve");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Stored:", "of 40 customers").doesNotContain("Starting the server");
        assertThat(Services.load(dir).of(new ServiceId("billing")).owner()).isPresent();
    }

    @Test
    void one_customer_and_one_month_are_counted_in_the_singular() {
        var demo = Cli.run("--data", dir.toString(), "demo", "--customers", "1", "--months", "1", "--no-serve");

        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Generating a demo company: 1 customer, 1 month…", " of 1 customer" + System.lineSeparator())
                .doesNotContainPattern("\\b1 (customers|months|events|inconveniences)\\b");
    }

    @Test
    void serve_and_demo_document_their_address_options() {
        assertThat(Cli.run("serve", "--help").out()).contains("--port", "--host", "127.0.0.1");
        assertThat(Cli.run("demo", "--help").out()).contains("--no-serve");
    }
}
