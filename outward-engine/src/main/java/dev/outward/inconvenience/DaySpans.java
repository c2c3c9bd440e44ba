package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

import dev.outward.store.Database;

/**
 * The days the summaries cover, kept in one row ({@code day_spans}) by each run that refreshes them: from the first
 * to the last day with a tally (where weekly series begin and end), and with anything a customer did or had (a period
 * holding them all is all time). A page asks up to four times; finding the tallies' ends in them took 2–6 ms each time.
 */
final class DaySpans {

    private static final String TABLE = "day_spans";
    private static final String TALLIED = "daily_inconveniences daily_contacts daily_followed";
    private static final String ACTIVE = "daily_inconveniences customer_days";

    private DaySpans() {
    }

    /** Creates the row where missing: after the tables it reads, which a store of an earlier version had without it. */
    static void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS " + TABLE
                + " (first_tally DATE, last_tally DATE, first_active DATE, last_active DATE)");
        if (database.sql().queryLong("SELECT count(*) FROM " + TABLE) == 0) {
            keep(database);
        }
    }

    /**
     * Finds the spans again, once the tables are refreshed. Each table is asked apart: DuckDB answers the ends of a
     * whole column from its statistics (under 1 ms), not when the tables are combined in one query (4–7 ms).
     */
    static void keep(Database database) {
        database.execute("DELETE FROM " + TABLE);
        database.sql().update("INSERT INTO " + TABLE + " VALUES (?, ?, ?, ?)",
                first(database, TALLIED), last(database, TALLIED), first(database, ACTIVE), last(database, ACTIVE));
    }

    /** The first and last day with a tally. */
    static Optional<LocalDate[]> tallied(Database database) {
        return read(database, "first_tally, last_tally");
    }

    /** The first and last day with an event or an inconvenience of a customer. */
    static Optional<LocalDate[]> active(Database database) {
        return read(database, "first_active, last_active");
    }

    private static Optional<LocalDate[]> read(Database database, String columns) {
        return Optional.ofNullable(database.sql().query("SELECT " + columns + " FROM " + TABLE,
                row -> row.getObject(1) == null ? null
                        : new LocalDate[] {row.getObject(1, LocalDate.class), row.getObject(2, LocalDate.class)}).getFirst());
    }

    private static LocalDate first(Database database, String tables) {
        return ends(database, tables, "min").min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate last(Database database, String tables) {
        return ends(database, tables, "max").max(LocalDate::compareTo).orElse(null);
    }

    private static Stream<LocalDate> ends(Database database, String tables, String end) {
        return Stream.of(tables.split(" ")).flatMap(table -> database.sql().query("SELECT " + end + "(day) FROM " + table,
                row -> Optional.ofNullable(row.getObject(1, LocalDate.class))).getFirst().stream());
    }
}
