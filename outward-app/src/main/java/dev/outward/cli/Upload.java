package dev.outward.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import dev.outward.server.RunningServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends files to the server that holds the store, through {@code POST /api/v1/imports} with the user's API token,
 * so that importing does not mean stopping the server. The server imports each file as one transaction, as here.
 */
final class Upload {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Upload() {
    }

    static int send(RunningServer server, List<Path> files, String source, String token, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        int exit = 0;
        out.println("The Outward server at " + server.url() + " holds the store: sending the files to it.");
        for (Path file : files) {
            var uri = URI.create(server.url() + "/api/v1/imports?source=" + encode(source) + "&file="
                    + encode(String.valueOf(file.getFileName())));
            var request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(file)).build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            var json = JSON.readTree(response.body().isEmpty() ? "{}" : response.body());
            if (response.statusCode() != 200) {
                err.println("outward: " + file.getFileName() + ": the server refused it (" + response.statusCode() + "): "
                        + json.path("detail").asString(response.body()));
                err.println("  nothing of " + file.getFileName() + " was stored");
                exit = 1;
                continue;
            }
            var summary = Summary.of(String.valueOf(file.getFileName()), json);
            summary.print(out);
            if (!summary.clean()) {
                exit = Math.max(exit, Outward.REJECTED_ROWS);
            }
        }
        out.flush();
        err.flush();
        return exit;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
