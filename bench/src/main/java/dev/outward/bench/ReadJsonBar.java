package dev.outward.bench;

import java.nio.file.Path;

import dev.outward.store.Database;

/**
 * The bar the import issue sets: DuckDB's own {@code read_json} straight into the store's {@code events} table, one
 * statement, written by hand for the event format as the demo company writes it. It does none of what the import
 * must: no check of any field (a string where a number belongs is cast, an offset-less time taken as UTC), no
 * rejection, quarantine or line number, no duplicate check, and attributes it does not name are dropped. So it is the
 * cost of parsing and writing the rows alone, the floor an import into this table starts from.
 */
final class ReadJsonBar {

    private static final String ATTRS = "STRUCT(direction VARCHAR, wait_s DOUBLE, handle_s DOUBLE, transfers INTEGER,"
            + " resolved BOOLEAN, abandoned BOOLEAN, outcome VARCHAR, code VARCHAR, \"order\" VARCHAR, status VARCHAR,"
            + " \"by\" VARCHAR, promised TIMESTAMPTZ, value DOUBLE, amount DOUBLE, area VARCHAR, \"end\" TIMESTAMPTZ,"
            + " score DOUBLE, scale VARCHAR, action VARCHAR, product VARCHAR, segment VARCHAR, since DATE)";

    private static final String INSERT = """
            INSERT INTO events (source, id, time, customer, type, channel, service, reason, direction, wait_s, handle_s,
                                transfers, resolved, abandoned, outcome, code, order_ref, status, initiated_by, promised,
                                value, amount, area, end_time, score, scale, action, product, segment, since, attrs, batch)
            SELECT 'import', id, timezone('UTC', time), customer, type, channel, service, reason,
                   a.direction, a.wait_s, a.handle_s, a.transfers, a.resolved, a.abandoned, a.outcome, a.code, a."order",
                   a.status, a."by", timezone('UTC', a.promised), a.value, a.amount, a.area, timezone('UTC', a."end"),
                   a.score, a.scale, a.action, a.product, a.segment, a.since, NULL, 1
            FROM (SELECT *, attrs AS a
                  FROM read_json(?, format = 'newline_delimited', columns = {id: 'VARCHAR', time: 'TIMESTAMPTZ',
                       customer: 'VARCHAR', type: 'VARCHAR', channel: 'VARCHAR', service: 'VARCHAR', reason: 'VARCHAR',
                       attrs: '%s'}))""".formatted(ATTRS);

    private ReadJsonBar() {
    }

    /** Loads {@code file} into the (empty) store's {@code events} as the import would, in parallel; returns the rows. */
    static long load(Database database, Path file) {
        database.execute("SET preserve_insertion_order = false");
        return database.sql().update(INSERT, file.toAbsolutePath().toString());
    }

    /**
     * Enough of the stored rows to tell whether two loads stored the same: counts, and sums of times and values
     * (rounded: threads add doubles in any order).
     */
    static String fingerprint(Database database) {
        return database.sql().query("""
                SELECT row(count(*), count(DISTINCT id), sum(epoch_us(time)), count(customer), count(DISTINCT type),
                           round(sum(wait_s), 3), sum(transfers), count(resolved), sum(epoch_us(promised)),
                           round(sum(amount), 3), count(area), sum(epoch_us(end_time)), round(sum(score), 3),
                           count(segment), count(since))::VARCHAR
                FROM events""", row -> row.getString(1)).getFirst();
    }
}
