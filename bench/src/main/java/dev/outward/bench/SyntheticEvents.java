package dev.outward.bench;

import java.time.LocalDateTime;

import dev.outward.store.Database;

/**
 * Generates realistic-looking events straight into the events table with DuckDB SQL: 250k customers, a year of
 * contacts, visits, errors, orders, deliveries, payments, bills, appointments, complaints, profiles and surveys,
 * plus outages. Deterministic: every value is a hash of the row number. Rows are stored in time order, as an event
 * log that is appended to as things happen would be.
 */
final class SyntheticEvents {

    static final int CUSTOMERS = 250_000;
    static final int AREAS = 500;

    private SyntheticEvents() {
    }

    /** Rows [first, first + count) of the sequence, at times spread over [start, start + seconds). */
    static void insert(Database database, long first, long count, LocalDateTime start, long seconds) {
        int batch = (int) database.sql().queryLong("SELECT nextval('batch_seq')");
        database.execute(EVENTS.formatted(start, seconds, first, first + count, batch));
    }

    /** One profile per customer before the year starts, and outages (one per 20,000 events) during it. */
    static void insertProfilesAndOutages(Database database, long events, LocalDateTime start, long seconds) {
        int batch = (int) database.sql().queryLong("SELECT nextval('batch_seq')");
        database.execute("""
                INSERT INTO events (source, id, time, customer, type, area, segment, batch)
                SELECT 'bench', 'p' || i, TIMESTAMP '%s' - INTERVAL 1 DAY, 'C' || i, 'profile', 'A' || (hash(i, 11) %% %d),
                       'retail', %d FROM range(%d) t(i)""".formatted(start, AREAS, batch, CUSTOMERS));
        database.execute("""
                INSERT INTO events (source, id, time, type, service, area, batch)
                SELECT 'bench', 'x' || i, TIMESTAMP '%s' + to_seconds((hash(i, 12) %% %d)::BIGINT), 'outage', 'network',
                       'A' || (hash(i, 13) %% %d), %d FROM range(%d) t(i)""".formatted(start, seconds, AREAS, batch, events / 20_000));
    }

    private static final String EVENTS = """
            INSERT INTO events (source, id, time, customer, type, channel, service, direction, wait_s, handle_s, transfers,
                                resolved, abandoned, outcome, code, order_ref, status, initiated_by, promised, value,
                                amount, area, score, scale, segment, batch)
            WITH r AS (
              SELECT i, (hash(i, 1) %% 1000000) / 1e6 AS u, (hash(i, 4) %% 1000000) / 1e6 AS v,
                     (hash(i, 5) %% 1000000) / 1e6 AS w, 'C' || (hash(i, 2) %% 250000) AS customer,
                     TIMESTAMP '%s' + to_seconds((hash(i, 3) %% %d)::BIGINT) AS time
              FROM range(%d, %d) t(i)
            ), t AS (
              SELECT *, CASE WHEN u < .35 THEN 'contact' WHEN u < .55 THEN 'visit' WHEN u < .60 THEN 'error'
                WHEN u < .68 THEN 'order' WHEN u < .75 THEN 'delivery' WHEN u < .83 THEN 'payment' WHEN u < .91 THEN 'bill'
                WHEN u < .94 THEN 'appointment' WHEN u < .95 THEN 'complaint' WHEN u < .97 THEN 'profile'
                ELSE 'survey' END AS type FROM r
            )
            SELECT 'bench', 'e' || i, time, customer, type,
              ['phone', 'chat', 'email', 'web', 'app'][1 + (hash(i, 6) %% 5)::INT],
              ['billing', 'crm', 'web-portal', 'network', 'logistics', 'payments', 'orders', 'scheduling'][1 + (hash(i, 7) %% 8)::INT],
              CASE WHEN type = 'contact' THEN CASE WHEN v < .1 THEN 'out' WHEN v < .2 THEN NULL ELSE 'in' END END,
              CASE WHEN type = 'contact' THEN round(-ln(1 - w * 0.999999) * 100) END,
              CASE WHEN type = 'contact' THEN round(v * 900) END,
              CASE WHEN type = 'contact' THEN CASE WHEN hash(i, 14) %% 100 < 12 THEN 1 WHEN hash(i, 14) %% 100 < 15 THEN 2 ELSE 0 END END,
              CASE WHEN type = 'contact' THEN CASE WHEN w < .1 THEN false WHEN w < .8 THEN true END END,
              CASE WHEN type = 'contact' THEN hash(i, 15) %% 100 < 7 END,
              CASE WHEN type = 'visit' THEN CASE WHEN v < .08 THEN 'failed' WHEN v < .15 THEN 'abandoned' ELSE 'ok' END END,
              CASE WHEN type = 'error' THEN 'E' || (hash(i, 8) %% 50) END,
              CASE WHEN type IN ('order', 'delivery') THEN 'o' || (i %% 1000000) END,
              CASE WHEN type = 'order' THEN CASE WHEN v < .05 THEN 'cancelled' ELSE 'placed' END
                   WHEN type = 'payment' THEN CASE WHEN v < .04 THEN 'failed' ELSE 'ok' END
                   WHEN type = 'bill' THEN CASE WHEN v < .05 THEN 'estimated' WHEN v < .08 THEN 'corrected' ELSE 'issued' END
                   WHEN type = 'appointment' THEN CASE WHEN v < .05 THEN 'missed' WHEN v < .15 THEN 'rescheduled' ELSE 'kept' END END,
              CASE WHEN type IN ('order', 'appointment') THEN CASE WHEN w < .5 THEN 'customer' WHEN w < .8 THEN 'company' END END,
              CASE WHEN type = 'delivery' THEN time + to_seconds(((w - .1) * 86400)::BIGINT) END,
              CASE WHEN type = 'order' THEN round(w * 200, 2) END,
              CASE WHEN type IN ('payment', 'bill') THEN round(w * 200, 2) END,
              CASE WHEN type = 'profile' THEN 'A' || (hash(i, 9) %% 500) END,
              CASE WHEN type = 'survey' THEN (w * 10)::INT END, CASE WHEN type = 'survey' THEN 'nps' END,
              CASE WHEN type = 'profile' THEN ['retail', 'business', 'vip'][1 + (hash(i, 10) %% 3)::INT] END,
              %d
            FROM t
            ORDER BY time""";
}
