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
 * word, and beside it {@code <name>_recent} ({@link #dayRows}), the latest days as day rows (the keys, {@code day}
 * and what else the masks need of a day, such as a count), whose masks {@code dayMasks} computes. Readers take both
 * ({@link #rows}). A day is in one of the two, never both.
 * <p>
 * Why the latest days apart: a run replaces the days from D, and updating the masks in place rewrote the current
 * word's row of every key active since D, twice (D's bits cleared, fresh ones OR-ed in): most of an incremental run's
 * write-ahead log, and the checkpoint it forced. Day rows from D are deleted and inserted instead, and folded into
 * the masks now and then ({@link RecentDays} says which days stay and when). A run whose D is older than the day rows
 * clears the masks' days from D first (their bits, in place).
 */
record MaskTable(String name, List<String> keys, List<String> masks, List<String> dayMasks) {

    private static final String FRESH = "fresh_masks";

    /**
     * The rows to store, given a condition on {@code day} to AND to their WHERE: {@code masks}, a SELECT of the keys,
     * {@code word} and the masks, and {@code days}, of the day rows, each in its table's order.
     */
    record Select(Function<String, String> masks, Function<String, String> days) {
    }

    /** The table of the day rows. */
    String dayRows() {
        return name + "_recent";
    }

    /** What readers take: the masks, and the day rows as masks. */
    String rows() {
        String keyList = join(keys.stream(), ", ");
        return "SELECT %s, word, %s FROM %s UNION ALL SELECT %s, %s, %s FROM %s".formatted(keyList, join(masks.stream(), ", "),
                name, keyList, DayWords.WORD, join(dayMasks.stream(), ", "), dayRows());
    }

    /**
     * Replaces the days from {@code from} (all days when empty) with {@code select}'s rows: the masks take the days
     * before those {@code recent} keeps as day rows, or keep theirs until a fold.
     */
    void replaceFrom(Database database, Optional<LocalDate> from, RecentDays recent, Select select) {
        if (from.isEmpty()) {
            LocalDate line = recent.line(rowsPerDay(database, select.days().apply(" AND day >= " + date(recent.weekStart()))));
            // by value, then word: a reader filtering on one value reads its row groups only
            String order = join(Stream.concat(keys.stream().filter(key -> !key.equals("k")), Stream.of("word")), ", ");
            database.execute("INSERT INTO " + name + " " + select.masks().apply(" AND day < " + date(line)) + " ORDER BY " + order);
            database.execute("INSERT INTO " + dayRows() + " " + select.days().apply(" AND day >= " + date(line)));
            return;
        }
        // the masks hold only days before the oldest day row: nothing to clear from a day at or after it
        if (oldestDayRow(database).map(from.get()::isBefore).orElse(true)) {
            clearFrom(database, from.get());
        }
        database.execute("DELETE FROM " + dayRows() + " WHERE day >= " + date(from.get()));
        database.execute("INSERT INTO " + dayRows() + " " + select.days().apply(" AND day >= " + date(from.get())));
        foldIfDue(database, recent);
    }

    /**
     * Brings the days from {@code from} up to date when they only gained rows, except for the keys {@code changed}
     * selects: their day rows from {@code from} are replaced, and {@code added} gives the day rows to add (theirs
     * among them). When the masks may hold days from {@code from}, replaces them all instead.
     */
    void addFrom(Database database, LocalDate from, RecentDays recent, Select select, String added, String changed) {
        if (oldestDayRow(database).map(from::isBefore).orElse(true)) {
            replaceFrom(database, Optional.of(from), recent, select);
            return;
        }
        database.execute("DELETE FROM %s WHERE day >= %s AND k IN (%s)".formatted(dayRows(), date(from), changed));
        database.execute("INSERT INTO " + dayRows() + " " + added);
        foldIfDue(database, recent);
    }

    private Optional<LocalDate> oldestDayRow(Database database) {
        return database.sql().query("SELECT min(day) FROM " + dayRows(),
                row -> Optional.ofNullable(row.getObject(1, LocalDate.class))).getFirst();
    }

    private void foldIfDue(Database database, RecentDays recent) {
        var rowsPerDay = rowsPerDay(database, "SELECT day FROM " + dayRows());
        if (!rowsPerDay.isEmpty()) {
            LocalDate oldest = Collections.min(rowsPerDay.keySet());
            LocalDate line = recent.line(rowsPerDay);
            if (recent.foldDue(oldest, rowsPerDay.values().stream().mapToLong(Long::longValue).sum()) && oldest.isBefore(line)) {
                fold(database, oldest, line);
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

    /** Moves the day rows before {@code line} into the masks: OR-ed into a key's row of their word, or a new row. */
    private void fold(Database database, LocalDate oldest, LocalDate line) {
        // positional, so that the fresh masks take the table's column names
        database.execute("CREATE OR REPLACE TEMP TABLE " + FRESH + " AS SELECT * FROM " + name + " LIMIT 0");
        database.execute("INSERT INTO %s SELECT %s, %s, %s FROM %s WHERE day < %s GROUP BY ALL".formatted(FRESH,
                join(keys.stream(), ", "), DayWords.WORD, join(dayMasks.stream().map(m -> "bit_or(" + m + ")"), ", "), dayRows(),
                date(line)));
        // one join for both: an UPDATE … FROM and an INSERT … WHERE NOT EXISTS took three times as long
        String on = join(keys.stream().map(k -> "t." + k + " = f." + k), " AND ") + " AND t.word = f.word";
        String merged = join(masks.stream().map(m -> m + " = t." + m + " | f." + m), ", ");
        String row = join(Stream.of(keys.stream(), Stream.of("word"), masks.stream()).flatMap(c -> c).map(c -> "f." + c), ", ");
        database.execute("MERGE INTO %s t USING %s f ON %s AND t.word BETWEEN %d AND %d".formatted(name, FRESH, on,
                DayWords.word(oldest), DayWords.word(line)) + " WHEN MATCHED THEN UPDATE SET " + merged
                + " WHEN NOT MATCHED THEN INSERT VALUES (" + row + ")");
        database.execute("DELETE FROM " + dayRows() + " WHERE day < " + date(line));
        database.execute("DROP TABLE " + FRESH);
    }

    private static Map<LocalDate, Long> rowsPerDay(Database database, String days) {
        var rows = new HashMap<LocalDate, Long>();
        database.sql().query("SELECT day, count(*) FROM (" + days + ") GROUP BY day",
                row -> rows.put(row.getObject(1, LocalDate.class), row.getLong(2)));
        return rows;
    }

    private static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    private static String join(Stream<String> parts, String separator) {
        return parts.collect(Collectors.joining(separator));
    }
}
