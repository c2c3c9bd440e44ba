package dev.outward.inconvenience;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.outward.store.Database;
import tools.jackson.databind.json.JsonMapper;

/** The {@code detection_runs} table: one row per run, so the next incremental run knows where to continue. */
final class RunLog {

    /** The part of a past run the next one needs. */
    record Previous(int run, int lastBatch, String rules) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Database database;

    RunLog(Database database) {
        this.database = database;
    }

    Optional<Previous> last() {
        return database.sql().query("SELECT run, last_batch, rules FROM detection_runs ORDER BY run DESC LIMIT 1",
                row -> new Previous(row.getInt(1), row.getInt(2), row.getString(3))).stream().findFirst();
    }

    int next() {
        return (int) database.sql().queryLong("SELECT coalesce(max(run), 0) + 1 FROM detection_runs");
    }

    void record(DetectionRun run, String rules) {
        var byRule = new LinkedHashMap<String, Long>();
        run.byRule().forEach((rule, n) -> byRule.put(rule.value(), n));
        database.sql().update("INSERT INTO detection_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                run.run(), timestamp(run.startedAt()), run.mode().name().toLowerCase(Locale.ROOT), run.why(),
                run.from().map(RunLog::timestamp).orElse(null), run.removed(), run.added(), run.total(),
                run.duration().toMillis(), run.lastBatch(), rules, JSON.writeValueAsString(byRule));
    }

    List<DetectionRun> history(int limit) {
        return database.sql().query("""
                SELECT run, started_at, mode, why, range_from, removed, added, total, duration_ms, last_batch,
                       CAST(by_rule AS VARCHAR)
                FROM detection_runs ORDER BY run DESC LIMIT ?""", row -> new DetectionRun(row.getInt(1),
                instant(row.getTimestamp(2)), DetectionMode.valueOf(row.getString(3).toUpperCase(Locale.ROOT)),
                row.getString(4), Optional.ofNullable(row.getTimestamp(5)).map(RunLog::instant), row.getLong(6),
                row.getLong(7), row.getLong(8), Duration.ofMillis(row.getLong(9)), row.getInt(10),
                byRule(row.getString(11))), limit);
    }

    private static Map<RuleId, Long> byRule(String json) {
        var counts = new LinkedHashMap<RuleId, Long>();
        JSON.readTree(json).properties().forEach(e -> counts.put(new RuleId(e.getKey()), e.getValue().asLong()));
        return counts;
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
