package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.outward.store.Database;

/**
 * A table of day masks ({@link CustomerMasks}): one row per key and word, each mask column a bit per day of the
 * word, and beside it {@code <name>_recent} ({@link #dayRows}), the latest days as day rows: a view of the rows the
 * masks are made of (the keys, {@code day} and what else the masks need of a day, such as a count), from the day its
 * line in {@code mask_lines} says, whose masks {@code dayMasks} computes. Readers take both ({@link #rows}). A day is
 * in one of the two, never both.
 * <p>
 * Why the latest days apart: a run replaces the days from D, and updating the masks in place rewrote the current
 * word's row of every key active since D, twice (D's bits cleared, fresh ones OR-ed in): most of an incremental run's
 * write-ahead log, and the checkpoint it forced. Why a view: the rows it shows are written anyway (a row per event in
 * {@code customer_days}, per inconvenience in {@code inconveniences}), and copies of them, one per mask table, were
 * eight more tables each run deleted from, inserted into and checkpointed. The days before the line are folded into
 * the masks now and then, which moves the line ({@link RecentDays} says which days stay and when). A run whose D is
 * before the line clears the masks' days from D first (their bits, in place) and moves the line back to D.
 */
record MaskTable(String name, List<String> keys, List<String> masks, List<String> dayMasks) {

    private static final String FRESH = "fresh_masks";
    static final String LINES = "mask_lines";

    /**
     * The rows the masks are made of, each given a condition on {@code day} to AND to its WHERE: {@code masks}, a SELECT
     * of the keys, {@code word} and the masks; {@code days}, of the keys, {@code day} and what {@code dayMasks} needs
     * of a day, such as its count (what a fold ORs into the masks); {@code rows}, of the same columns as readers may
     * take them, a key's day more than once (what the day rows' view shows).
     */
    record Select(Function<String, String> masks, Function<String, String> days, Function<String, String> rows) {
    }

    /** The view of the day rows. */
    String dayRows() {
        return name + "_recent";
    }

    /** What readers take: the masks, and the day rows as masks. */
    String rows() {
        String keyList = join(keys.stream(), ", ");
        return "SELECT %s, word, %s FROM %s UNION ALL SELECT %s, %s, %s FROM %s".formatted(keyList, join(masks.stream(), ", "),
                name, keyList, DayWords.WORD, join(dayMasks.stream(), ", "), dayRows());
    }

    /** The view of the day rows, showing none until a build draws its line; the masks' table is the caller's. */
    void createDayRows(Database database, Select select) {
        database.execute("CREATE TABLE IF NOT EXISTS " + LINES + " (name VARCHAR NOT NULL, line DATE NOT NULL)");
        ValueBits.create(database);
        Summaries.createView(database, dayRows(), select.rows().apply(" AND false"));
    }

    void drop(Database database) {
        database.execute("DROP TABLE IF EXISTS " + name);
        Summaries.dropView(database, dayRows());
        database.sql().update("DELETE FROM " + LINES + " WHERE name = ?", name);
        ValueBits.drop(database, name);
    }

    /**
     * Replaces the days from {@code from} (all days when empty) with {@code select}'s rows: the masks take the days
     * before those {@code recent} keeps as day rows, or keep theirs until a fold. From a day after the line the rows
     * are the view's already.
     */
    void replaceFrom(Database database, Optional<LocalDate> from, RecentDays recent, Select select) {
        if (from.isEmpty()) {
            LocalDate line = recent.line(rowsPerDay(database, select.rows().apply(" AND day >= " + date(recent.weekStart()))));
            // ordered outside the aggregation: its own ORDER BY cannot bind an expression on the alias word
            database.execute("INSERT INTO %s SELECT * FROM (%s) ORDER BY %s".formatted(name,
                    select.masks().apply(" AND day < " + date(line)), order(line)));
            moveLine(database, line, select);
            valueBits(() -> ValueBits.rebuild(database, name));
            return;
        }
        var line = line(database);
        if (line.map(from.get()::isBefore).orElse(true)) {
            clearFrom(database, from.get());
            moveLine(database, from.get(), select);
            valueBits(() -> ValueBits.rebuild(database, name));
            line = from;
        }
        // new keys may have outgrown the bits: lengthened before a fold ORs bits of the new length into them
        valueBits(() -> ValueBits.keepUp(database, name));
        foldIfDue(database, recent, select, line.get());
    }

    /**
     * The words a fold can still update (from the line's on) last, each part by value, then word. By value: a reader
     * filtering on one value reads its row groups only. Open words last: a fold updates the row of every key active
     * in the days it folds, and DuckDB's checkpoint rewrites every row group holding an updated row; with the open
     * word's rows spread between the values, a fold in the weeks after a full build rewrote 19M values of the masks
     * at 10M events, with them at the tables' ends 12.5M. Rows of later words are appended by folds anyway.
     */
    private String order(LocalDate line) {
        return "word >= " + DayWords.word(line) + ", "
                + join(Stream.concat(keys.stream().filter(key -> !key.equals("k")), Stream.of("word")), ", ");
    }

    /** The masks of a dimension keep their customers per value beside them ({@link ValueBits}). */
    private void valueBits(Runnable keep) {
        if (keys.contains("value")) {
            keep.run();
        }
    }

    /** The first day shown as day rows, once a build drew the line. */
    Optional<LocalDate> line(Database database) {
        return line(database, name);
    }

    /** The line kept under {@code name} in {@code mask_lines}: this table's, or another's that follows it. */
    static Optional<LocalDate> line(Database database, String name) {
        return database.sql().query("SELECT line FROM " + LINES + " WHERE name = ?",
                row -> row.getObject(1, LocalDate.class), name).stream().findFirst();
    }

    static void drawLine(Database database, String name, LocalDate line) {
        database.sql().update("DELETE FROM " + LINES + " WHERE name = ?", name);
        database.sql().update("INSERT INTO " + LINES + " VALUES (?, ?)", name, line);
    }

    /** The day rows from {@code line} on: a literal in the view, so that the zone maps of {@code day} spare older rows. */
    private void moveLine(Database database, LocalDate line, Select select) {
        drawLine(database, name, line);
        database.execute("CREATE OR REPLACE VIEW " + dayRows() + " AS " + select.rows().apply(" AND day >= " + date(line)));
    }

    private void foldIfDue(Database database, RecentDays recent, Select select, LocalDate line) {
        var rowsPerDay = recent.rowsPerDay(line, () -> rowsPerDay(database, "SELECT day FROM " + dayRows()));
        if (!rowsPerDay.isEmpty()) {
            LocalDate oldest = Collections.min(rowsPerDay.keySet());
            LocalDate next = recent.line(rowsPerDay);
            if (recent.foldDue(oldest, rowsPerDay.values().stream().mapToLong(Long::longValue).sum()) && line.isBefore(next)) {
                fold(database, line, next, select);
            }
        }
    }

    /** Clears the masks' days from {@code day}: D's bits in D's word, later words whole. Nothing to write when none. */
    private void clearFrom(Database database, LocalDate day) {
        long word = DayWords.word(day);
        long before = DayWords.bits(0, DayWords.offset(day)) >>> 1;
        long after = DayWords.bits(DayWords.offset(day), DayWords.DAYS_PER_WORD - 1);
        String any = join(masks.stream(), " | ");
        database.execute("DELETE FROM " + name + " WHERE word > " + word);
        database.execute("UPDATE %s SET %s WHERE word = %d AND (%s) & %d <> 0".formatted(name,
                join(masks.stream().map(m -> m + " = " + m + " & " + before), ", "), word, any, after));
        database.execute("DELETE FROM %s WHERE word = %d AND %s = 0".formatted(name, word, any));
    }

    /** Moves the day rows before {@code next} into the masks: OR-ed into a key's row of their word, or a new row. */
    private void fold(Database database, LocalDate line, LocalDate next, Select select) {
        // positional, so that the fresh masks take the table's column names
        database.execute("CREATE OR REPLACE TEMP TABLE " + FRESH + " AS SELECT * FROM " + name + " LIMIT 0");
        database.execute("INSERT INTO %s SELECT %s, %s, %s FROM (%s) GROUP BY ALL".formatted(FRESH, join(keys.stream(), ", "),
                DayWords.WORD, join(dayMasks.stream().map(m -> "bit_or(" + m + ")"), ", "),
                select.days().apply(" AND day >= %s AND day < %s".formatted(date(line), date(next)))));
        // one join for both: an UPDATE … FROM and an INSERT … WHERE NOT EXISTS took three times as long
        String on = join(keys.stream().map(k -> "t." + k + " = f." + k), " AND ") + " AND t.word = f.word";
        String merged = join(masks.stream().map(m -> m + " = t." + m + " | f." + m), ", ");
        String row = join(Stream.of(keys.stream(), Stream.of("word"), masks.stream()).flatMap(c -> c).map(c -> "f." + c), ", ");
        database.execute("MERGE INTO %s t USING %s f ON %s AND t.word BETWEEN %d AND %d".formatted(name, FRESH, on,
                DayWords.word(line), DayWords.word(next)) + " WHEN MATCHED THEN UPDATE SET " + merged
                + " WHEN NOT MATCHED THEN INSERT VALUES (" + row + ")");
        valueBits(() -> ValueBits.add(database, name, FRESH));
        moveLine(database, next, select);
        database.execute("DROP TABLE " + FRESH);
    }

    private static Map<LocalDate, Long> rowsPerDay(Database database, String days) {
        var rows = new HashMap<LocalDate, Long>();
        database.sql().query("SELECT day, count(*) FROM (" + days + ") GROUP BY day",
                row -> rows.put(row.getObject(1, LocalDate.class), row.getLong(2)));
        return rows;
    }

    static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    private static String join(Stream<String> parts, String separator) {
        return parts.collect(Collectors.joining(separator));
    }
}
