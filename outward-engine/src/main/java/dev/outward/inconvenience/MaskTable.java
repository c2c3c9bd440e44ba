package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.outward.store.Database;

/**
 * A table of day masks ({@link CustomerMasks}): one row per key and word, each mask column a bit per day of the
 * word. Replacing the days from D rebuilds only them: the masks of those days are computed afresh, D's bits are
 * cleared from the rows of D's word and the fresh masks OR-ed into them, in place, and keys without a row get one
 * (one MERGE). Rebuilding D's whole word instead read up to 62 days of day rows for every refresh, the larger part
 * of an incremental run; deleting and inserting the merged rows instead of updating their masks wrote twice as much
 * to the WAL, which the commit pays (0.25 s of an incremental run at 10M events). A key keeps one row per word, so
 * readers' work does not grow with the number of runs.
 */
record MaskTable(String name, List<String> keys, List<String> masks) {

    private static final String FRESH = "fresh_masks";

    /**
     * Replaces the days from {@code from} (all days when empty) with {@code select}'s rows: a SELECT of the keys,
     * a column named {@code word} and the masks, in the table's order, given a condition on {@code day} to AND to its
     * WHERE.
     */
    void replaceFrom(Database database, Optional<LocalDate> from, Function<String, String> select) {
        if (from.isEmpty()) {
            // by value, then word: a reader filtering on one value reads its row groups only, and a refresh's
            // statements about the latest word read one or two row groups of each value
            String order = join(Stream.concat(keys.stream().filter(key -> !key.equals("k")), Stream.of("word")), ", ");
            database.execute("INSERT INTO " + name + " " + select.apply("") + " ORDER BY " + order);
            return;
        }
        long word = DayWords.word(from.get());
        long before = DayWords.bits(0, DayWords.offset(from.get())) >>> 1;
        long after = DayWords.bits(DayWords.offset(from.get()), DayWords.DAYS_PER_WORD - 1);
        String on = join(keys.stream().map(k -> "t." + k + " = f." + k), " AND ") + " AND t.word = f.word";
        String any = join(masks.stream(), " | ");
        // positional, so that the fresh masks take the table's column names whatever the SELECT calls them
        database.execute("CREATE OR REPLACE TEMP TABLE " + FRESH + " AS SELECT * FROM " + name + " LIMIT 0");
        database.execute("INSERT INTO " + FRESH + " " + select.apply(Summaries.since("day", from)));
        database.execute("DELETE FROM " + name + " WHERE word > " + word);
        database.execute("UPDATE %s SET %s WHERE word = %d AND (%s) & %d <> 0".formatted(name,
                join(masks.stream().map(m -> m + " = " + m + " & " + before), ", "), word, any, after));
        // one join for both: an UPDATE … FROM and an INSERT … WHERE NOT EXISTS took three times as long
        String merged = join(masks.stream().map(m -> m + " = t." + m + " | f." + m), ", ");
        String row = join(Stream.of(keys.stream(), Stream.of("word"), masks.stream()).flatMap(c -> c).map(c -> "f." + c), ", ");
        database.execute("MERGE INTO %s t USING %s f ON %s AND t.word = %d".formatted(name, FRESH, on, word)
                + " WHEN MATCHED THEN UPDATE SET " + merged + " WHEN NOT MATCHED THEN INSERT VALUES (" + row + ")");
        database.execute("DELETE FROM %s WHERE word = %d AND %s = 0".formatted(name, word, any));
        database.execute("DROP TABLE " + FRESH);
    }

    private static String join(Stream<String> parts, String separator) {
        return parts.collect(Collectors.joining(separator));
    }
}
