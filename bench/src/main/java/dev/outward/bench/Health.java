package dev.outward.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Waits for a server the benchmark started: its health endpoint answers 200 once it is ready for load. */
final class Health {

    private Health() {
    }

    static void await(String base) throws Exception {
        var client = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build();
        for (int i = 0; i < 1200; i++) {
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException starting) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("server did not start");
    }
}
