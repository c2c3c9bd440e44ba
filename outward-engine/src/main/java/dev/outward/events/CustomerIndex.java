package dev.outward.events;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.outward.store.Database;
import dev.outward.store.SqlTime;

/**
 * Where each customer's events are: {@code customer_index(h, row)}, the hash of the customer and the row of the event,
 * in hash order, for the batches up to {@code customer_index_state}. A customer's timeline then reads the row groups
 * that hold their events instead of comparing the customer of every stored event (85 ms at 10M events, ten times that
 * at 100M): 25–35 ms for a few dozen events. DuckDB fetches no single rows, so a customer whose events are spread
 * over most row groups gains nothing. Events of later batches are still found by comparing, over those batches only.
 * The event's time is kept beside its row, so that the latest page of a long history is found in the index alone
 * and read with its period, whose zone maps spare the row groups of other times: at 100M events a customer's 400
 * events lay over 340 of 820 row groups, and reading them all took ~1 s however few columns were read.
 * <p>
 * Rows are DuckDB row ids, which stay what they are as long as no event is deleted: events never are, and an alias
 * that moves an event to another customer updates it in place (and puts it in a new batch, which indexes it under
 * its new customer). A hash can be shared, and a moved event stays under its old hash, so readers compare the
 * customer of the rows found: the index only narrows the search.
 */
final class CustomerIndex {

    private static final int ROWS_PER_LOOKUP = 50;

    private CustomerIndex() {
    }

    static void create(Database database) {
        // an index of an earlier version, without times, is built again at the next catch-up
        if (database.sql().queryLong("SELECT count(*) FROM duckdb_columns() WHERE table_name = 'customer_index'"
                + " AND schema_name = 'main' AND column_name = 'time'") == 0) {
            database.execute("DROP TABLE IF EXISTS customer_index");
            database.execute("DROP TABLE IF EXISTS customer_index_state");
        }
        database.execute("""
                CREATE TABLE IF NOT EXISTS customer_index (h UBIGINT NOT NULL, row BIGINT NOT NULL, time TIMESTAMP NOT NULL)""");
        database.execute("CREATE TABLE IF NOT EXISTS customer_index_state (batch INTEGER NOT NULL)");
    }

    /** The last batch indexed, or 0 when none is. */
    static long indexed(Database database) {
        return database.sql().queryLong("SELECT coalesce(max(batch), 0) FROM customer_index_state");
    }

    /** Indexes the batches stored since the last call; in the caller's transaction, if it has one. */
    static void catchUp(Database database) {
        long indexed = indexed(database);
        long last = database.sql().queryLong("SELECT coalesce(max(batch), 0) FROM events");
        if (last <= indexed) {
            return;
        }
        // in hash order, so that a lookup's zone maps skip the row groups of other hashes
        database.execute("""
                INSERT INTO customer_index
                SELECT hash(customer), rowid, time FROM events WHERE customer IS NOT NULL AND batch > %d AND batch <= %d
                ORDER BY 1""".formatted(indexed, last));
        database.execute("DELETE FROM customer_index_state");
        database.execute("INSERT INTO customer_index_state VALUES (" + last + ")");
    }

    /**
     * The time from which the customer's latest {@code limit} indexed events before {@code before} are (the time of
     * the {@code limit}-th latest), or empty when they have no more than that. A shared hash can count another
     * customer's events among them: the page then holds fewer of theirs, never skips one.
     */
    static Optional<Instant> pageStart(Database database, String customer, int limit, Optional<Instant> before) {
        return database.sql().query("SELECT time FROM customer_index WHERE h = hash(?::VARCHAR)"
                        + SqlTime.period("time", Optional.empty(), before) + " ORDER BY time DESC LIMIT 1 OFFSET ?",
                row -> row.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC), customer, limit - 1).stream().findFirst();
    }

    /** Whether the index holds an event of the customer's hash before {@code time}. */
    static boolean anyBefore(Database database, String customer, Instant time) {
        return database.sql().queryLong("SELECT count(*) FROM (SELECT 1 FROM customer_index WHERE h = hash(?::VARCHAR)"
                + SqlTime.period("time", Optional.empty(), Optional.of(time)) + " LIMIT 1)", customer) > 0;
    }

    /**
     * The rows of one customer ({@code $1}) in a {@code period} ({@code AND time …}, or nothing): indexed rows by their
     * hash, later batches by comparing; {@code select} is a SELECT … FROM events to which a WHERE is added. A customer
     * the index does not know skips the indexed batches: comparing the customer of every indexed row is what makes the
     * lookup cost a scan (1.3 s at 100M events) even when no row holds them.
     * <p>
     * The indexed rows are looked up {@value #ROWS_PER_LOOKUP} at a time. DuckDB reads only the row groups that hold
     * a hash join's keys when they are that few (its {@code dynamic_or_filter_threshold}); with more it reads every row
     * group between the first and the last, comparing each event's customer. A customer with 54 events over a year
     * (at 10M events, a year is most row groups) took 96 instead of 40 ms.
     */
    static String rowsOf(Database database, String select, String customer, String period) {
        long indexed = indexed(database);
        var lookups = database.sql().query("""
                SELECT min(row), max(row) FROM (SELECT row, (row_number() OVER (ORDER BY row) - 1) // %d AS lookup
                FROM (SELECT DISTINCT row FROM customer_index WHERE h = hash(?::VARCHAR)%s)) GROUP BY lookup ORDER BY 1"""
                .formatted(ROWS_PER_LOOKUP, period), row -> """
                %s WHERE rowid IN (SELECT row FROM customer_index WHERE h = hash($1) AND row BETWEEN %d AND %d%s)
                AND customer = $1 AND batch <= %d%s""".formatted(select, row.getLong(1), row.getLong(2), period, indexed, period),
                customer);
        String later = "%s WHERE batch > %d AND customer = $1%s".formatted(select, indexed, period);
        return Stream.concat(lookups.stream(), Stream.of(later)).collect(Collectors.joining("\nUNION ALL "));
    }
}
