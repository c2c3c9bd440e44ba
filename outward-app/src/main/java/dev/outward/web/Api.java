package dev.outward.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import dev.outward.events.CustomerId;
import dev.outward.events.ImportResult;
import dev.outward.events.SourceName;
import dev.outward.server.Imports;
import dev.outward.server.Store;

/**
 * The JSON API, version 1. Field names are snake_case like {@code outward stats --format json}, which
 * {@code /stats} returns exactly. Who may call what is decided in the users module's security configuration.
 */
@RestController
@RequestMapping("/api/v1")
class Api {

    private final Store store;
    private final DataTables tables;
    private final Imports imports;

    Api(Store store, DataTables tables, Imports imports) {
        this.store = store;
        this.tables = tables;
        this.imports = imports;
    }

    @GetMapping("/stats")
    Map<String, Object> stats() {
        var stats = store.events(events -> events.stats());
        var json = new LinkedHashMap<String, Object>();
        json.put("events", stats.events());
        json.put("by_type", stats.byType());
        json.put("by_source", stats.bySource());
        json.put("quarantined", stats.quarantined());
        return json;
    }

    @GetMapping("/imports")
    List<Map<String, Object>> recentImports(@RequestParam(defaultValue = "20") int limit) {
        return tables.recentImports(Limits.checked("limit", limit, 1000)).stream().map(i -> {
            var json = new LinkedHashMap<String, Object>();
            json.put("batch", i.batch());
            json.put("source", i.source());
            json.put("file", i.file());
            // the store's TIMESTAMP is UTC without a zone: said so, as every other time the API gives
            json.put("finished_at", i.finishedAt().toInstant(ZoneOffset.UTC).toString());
            json.put("read", i.read());
            json.put("stored", i.stored());
            json.put("duplicates", i.duplicates());
            json.put("rejected", i.rejected());
            return (Map<String, Object>) json;
        }).toList();
    }

    /** Imports an event-format NDJSON body; {@code outward import} uses this while a server holds the store. */
    @PostMapping("/imports")
    Map<String, Object> importFile(@RequestParam(defaultValue = "import") String source,
                                   @RequestParam(defaultValue = "upload.ndjson") String file, InputStream body) throws IOException {
        var name = Path.of(file).getFileName().toString().replaceAll("[^A-Za-z0-9_.-]", "_");
        Path folder = Files.createTempDirectory(store.dataDir().toAbsolutePath(), "upload-");
        Path upload = folder.resolve(name.endsWith(".ndjson") || name.endsWith(".jsonl") ? name : name + ".ndjson");
        try {
            Files.copy(body, upload);
            ImportResult result = imports.importFile(upload, name, new SourceName(source));
            var json = new LinkedHashMap<String, Object>();
            json.put("file", name);
            json.put("source", source);
            json.put("batch", result.batch());
            json.put("read", result.read());
            json.put("stored", result.stored());
            json.put("duplicates", result.duplicates());
            json.put("rejected", result.rejected());
            json.put("first_rejections", result.firstRejections().stream().map(Object::toString).toList());
            json.put("quarantine_file", result.quarantineFile().map(Path::toString).orElse(null));
            return json;
        } finally {
            Files.deleteIfExists(upload);
            Files.deleteIfExists(folder);
        }
    }

    @GetMapping("/quarantine")
    Map<String, Object> quarantine(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        int pageSize = Limits.checked("size", size, 1000);
        var json = new LinkedHashMap<String, Object>();
        json.put("total", tables.quarantined());
        json.put("page", Math.max(0, page));
        json.put("size", pageSize);
        json.put("rows", tables.quarantine((long) Math.max(0, page) * pageSize, pageSize));
        return json;
    }

    /**
     * A page of the customer's stored events: the latest {@code limit} before {@code before} (or of all), in time
     * order. When earlier ones remain, a {@code Link} header ({@code rel="next"}) gives the page before it, as the
     * customer page's timeline pages: reading all of a long history at once took seconds at 100M events.
     */
    @GetMapping("/customers/{id}/events")
    ResponseEntity<List<Map<String, Object>>> customerEvents(@PathVariable String id, @RequestParam(defaultValue = "50") int limit,
                                                             @RequestParam(required = false) Instant before) {
        int size = Limits.checked("limit", limit, CustomerPage.MOST_ENTRIES);
        var page = store.events(events -> events.latest(new CustomerId(id), size, Optional.ofNullable(before)));
        var answer = ResponseEntity.ok();
        page.earlier().ifPresent(time -> answer.header(HttpHeaders.LINK, "<" + UriComponentsBuilder
                .fromPath("/api/v1/customers/{id}/events").queryParam("limit", size).queryParam("before", time)
                .buildAndExpand(id).encode().toUriString() + ">; rel=\"next\""));
        return answer.body(page.events().stream().map(EventRows::json).toList());
    }
}
