package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that cannot listen says so in one line, before it creates a store or an admin. */
class ServeCommandTests {

    @TempDir
    Path dir;

    @Test
    void serve_on_a_port_in_use_names_it_and_creates_nothing() throws Exception {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            var serve = Cli.run("--data", dir.resolve("data").toString(), "serve", "--port", String.valueOf(port));

            assertThat(serve.exit()).isEqualTo(1);
            assertThat(serve.err()).isEqualTo("outward: port " + port + " is in use on 127.0.0.1: choose another with --port"
                    + System.lineSeparator());
            assertThat(serve.out()).doesNotContain("Created user admin");
            assertThat(dir.resolve("data")).doesNotExist();
        }
    }

    @Test
    void demo_on_a_port_in_use_stops_before_generating() throws Exception {
        try (var taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            var demo = Cli.run("--data", dir.resolve("data").toString(), "demo", "--customers", "10", "--port", String.valueOf(port));

            assertThat(demo.exit()).isEqualTo(1);
            assertThat(demo.err()).contains("port " + port + " is in use on 127.0.0.1: choose another with --port");
            assertThat(demo.out()).doesNotContain("Generating");
            assertThat(dir.resolve("data")).doesNotExist();
        }
    }
}
