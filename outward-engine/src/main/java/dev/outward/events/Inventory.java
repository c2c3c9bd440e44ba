package dev.outward.events;

import java.time.Instant;
import java.util.List;

import dev.outward.store.Database;

/**
 * What a data directory holds, in the detail a person checking their imports needs: counts per source and type,
 * the quarantined rows with their reasons, and the values the events use for channel, service and segment.
 */
public final class Inventory {

    /** Events of one type from one source: how many, of how many customers, over which period. */
    public record Count(String source, String type, long events, long customers, Instant first, Instant last) {
    }

    /** A row an import refused, kept with the reason and exactly as it came. */
    public record Quarantined(int batch, String source, String file, long line, String reason, String raw) {
    }

    /** The distinct values events carry, for filter choices. */
    public record Dimensions(List<String> channels, List<String> services, List<String> segments) {
    }

    private final Database database;

    Inventory(Database database) {
        this.database = database;
    }

    public List<Count> counts() {
        return database.sql().query("""
                SELECT source, type, count(*), count(DISTINCT customer), min(time), max(time)
                FROM events GROUP BY source, type ORDER BY source, type""",
                row -> new Count(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4),
                        utc(row.getTimestamp(5)), utc(row.getTimestamp(6))));
    }

    public long quarantined() {
        return database.sql().queryLong("SELECT count(*) FROM quarantine");
    }

    /** Newest imports first, then in file order. */
    public List<Quarantined> quarantine(long offset, int limit) {
        return database.sql().query("""
                SELECT batch, source, file, line, reason, raw FROM quarantine
                ORDER BY batch DESC, line LIMIT ? OFFSET ?""",
                row -> new Quarantined(row.getInt(1), row.getString(2), row.getString(3), row.getLong(4),
                        row.getString(5), row.getString(6)), limit, offset);
    }

    public Dimensions dimensions() {
        return new Dimensions(distinct("channel"), distinct("service"), distinct("segment"));
    }

    public long customers() {
        return database.sql().queryLong("SELECT count(DISTINCT customer) FROM events");
    }

    /** Event times are stored as UTC wall-clock timestamps. */
    private static Instant utc(java.sql.Timestamp time) {
        return time.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }

    private List<String> distinct(String column) {
        return database.sql().query("SELECT DISTINCT " + column + " FROM events WHERE " + column
                + " IS NOT NULL ORDER BY 1 LIMIT 500", row -> row.getString(1));
    }
}
