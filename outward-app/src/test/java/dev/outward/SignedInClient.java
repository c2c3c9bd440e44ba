package dev.outward;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** A person's browser session without a browser: logs in through the form (with its CSRF token) and posts forms. */
public final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    public SignedInClient(String base, String name, String password) throws IOException, InterruptedException {
        this.base = base;
        post("/login", "username", name, "password", password);
    }

    public String get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Posts a form from the page at {@code path} (for its CSRF token) to the same path; returns the page after. */
    public String post(String path, String... fields) throws IOException, InterruptedException {
        var page = get(path);
        var token = CSRF.matcher(page);
        var form = new StringBuilder("_csrf=").append(token.find() ? token.group(1) : "");
        for (int i = 0; i < fields.length; i += 2) {
            form.append('&').append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
