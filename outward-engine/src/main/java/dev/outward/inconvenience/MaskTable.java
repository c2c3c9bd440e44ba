package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.outward.store.Database;

/**
 * A table of day masks ({@link CustomerMasks}): one row per key and word, each mask column a bit per day of the word.
 * Replacing the days from D rebuilds only them: the masks of those days are computed afresh, OR-ed into the
 * key's row of D's word with its bits before D, and D's bits are cleared from the rows of keys that no longer
 * have them. Rebuilding D's whole word instead read up to 62 days of day rows for every refresh, the larger part
 * of an incremental run. A key keeps one row per word, so readers' work does not grow with the number of runs.
 */
record MaskTable(String name, List<String> keys, List<String> masks) {

    private static final String FRESH = "fresh_masks";
    private static final String MERGED = "merged_masks";

    /**
     * Replaces the days from {@code from} (all days when empty) with {@code select}'s rows: a SELECT of the keys,
     * a column named {@code word} and the masks, in the table's order, given a condition on {@code day} to AND to its
     * WHERE.
     */
    void replaceFrom(Database database, Optional<LocalDate> from, Function<String, String> select) {
        if (from.isEmpty()) {
            // in word order, so that a refresh's statements about the latest words skip the row groups of the others
            database.execute("INSERT INTO " + name + " " + select.apply("") + " ORDER BY word");
            return;
        }
        long word = CustomerMasks.word(from.get());
        long before = CustomerMasks.bits(0, CustomerMasks.offset(from.get())) >>> 1;
        long after = CustomerMasks.bits(CustomerMasks.offset(from.get()), CustomerMasks.DAYS_PER_WORD - 1);
        String on = join(keys.stream().map(k -> "t." + k + " = f." + k), " AND ") + " AND t.word = f.word";
        // positional, so that the fresh masks take the table's column names whatever the SELECT calls them
        database.execute("CREATE OR REPLACE TEMP TABLE " + FRESH + " AS SELECT * FROM " + name + " LIMIT 0");
        database.execute("INSERT INTO " + FRESH + " " + select.apply(Summaries.since("day", from)));
        database.execute("DELETE FROM " + name + " WHERE word > " + word);
        database.execute("CREATE OR REPLACE TEMP TABLE %s AS SELECT %s, f.word, %s FROM %s f LEFT JOIN %s t ON %s AND t.word = %d"
                .formatted(MERGED, join(keys.stream().map(k -> "f." + k), ", "),
                        join(masks.stream().map(m -> "f." + m + " | coalesce(t." + m + " & " + before + ", 0)"), ", "),
                        FRESH, name, on, word));
        database.execute("DELETE FROM " + name + " t USING " + FRESH + " f WHERE " + on + " AND t.word = " + word);
        database.execute("UPDATE %s SET %s WHERE word = %d AND (%s) & %d <> 0".formatted(name,
                join(masks.stream().map(m -> m + " = " + m + " & " + before), ", "), word, join(masks.stream(), " | "), after));
        database.execute("DELETE FROM %s WHERE word = %d AND %s = 0".formatted(name, word, join(masks.stream(), " | ")));
        database.execute("INSERT INTO " + name + " SELECT * FROM " + MERGED);
        database.execute("DROP TABLE " + FRESH);
        database.execute("DROP TABLE " + MERGED);
    }

    private static String join(Stream<String> parts, String separator) {
        return parts.collect(Collectors.joining(separator));
    }
}
