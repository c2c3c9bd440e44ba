package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.outward.store.Database;

/**
 * {@code customer_years}: one row per customer and year with five day masks: {@code seen} (active: an event or an
 * inconvenience) and {@code hit1}…{@code hit4} (at least 1…4 inconveniences that day). A mask is six BIGINT words
 * of 61 days (366 ≤ 6 × 61; bit 63 stays clear of the sign). Without channel, service or segment, a period's
 * active customers are the rows whose {@code seen} overlaps the period's mask, and a customer's inconveniences,
 * counted up to 4, are the sum of {@code bit_count(hitN & period)}: Σ over days of min(n, 4) reaches 4 exactly when
 * the period's count does. Row count grows with customers, not events.
 */
final class YearMasks {

    static final int WORDS = 6;
    static final int DAYS_PER_WORD = 61;
    static final List<String> MASKS = List.of("seen", "hit1", "hit2", "hit3", "hit4");
    private static final long FULL_WORD = (1L << DAYS_PER_WORD) - 1;

    private YearMasks() {
    }

    static void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS customer_years (k INTEGER NOT NULL, year SMALLINT NOT NULL, "
                + columns(c -> c + " BIGINT NOT NULL") + ")");
    }

    static void drop(Database database) {
        database.execute("DROP TABLE IF EXISTS customer_years");
    }

    /** Masks of the days from {@code from} (all days when empty), merged into the rows: older bits kept, newer replaced. */
    static void refresh(Database database, Optional<LocalDate> from) {
        String fresh = """
                SELECT k, year(day)::SMALLINT AS year, %s
                FROM (SELECT k, day, coalesce(sum(n) FILTER (WHERE rule IS NOT NULL), 0) AS hits
                      FROM customer_days WHERE true %s GROUP BY k, day)
                GROUP BY k, year""".formatted(freshMasks(), Summaries.since("day", from));
        if (from.isEmpty()) {
            database.execute("INSERT INTO customer_years " + fresh);
            return;
        }
        int year = from.get().getYear();
        long[] keep = days(1, from.get().getDayOfYear() - 1);
        String touched = "year = %d AND (%s OR k IN (SELECT k FROM fresh_masks WHERE year = %d))"
                .formatted(year, overlaps("seen", complement(keep)), year);
        database.execute("CREATE OR REPLACE TEMP TABLE fresh_masks AS " + fresh);
        database.execute("""
                CREATE OR REPLACE TEMP TABLE merged_masks AS
                SELECT coalesce(f.k, o.k) AS k, coalesce(f.year, o.year) AS year, %s
                FROM (SELECT * FROM customer_years WHERE %s) o FULL JOIN fresh_masks f ON f.k = o.k AND f.year = o.year"""
                .formatted(merged(keep), touched));
        database.execute("DELETE FROM customer_years WHERE year > " + year + " OR (" + touched + ")");
        database.execute("INSERT INTO customer_years SELECT * FROM merged_masks WHERE " + overlaps("seen", full()));
        database.execute("DROP TABLE fresh_masks");
        database.execute("DROP TABLE merged_masks");
    }

    /** A condition: the rows (of any year) whose {@code mask} has a day in the period. */
    static String overlaps(String mask, Optional<LocalDate> from, Optional<LocalDate> to) {
        var bounds = new ArrayList<String>();
        from.ifPresent(f -> bounds.add("year >= " + f.getYear()));
        to.ifPresent(t -> bounds.add("year <= " + t.getYear()));
        bounds.add(perYear(from, to, words -> overlaps(mask, words)));
        return "(" + String.join(" AND ", bounds) + ")";
    }

    /** An expression for rows that overlap the period: the customer's inconveniences in it, counted up to 4. */
    static String hitsUpTo4(Optional<LocalDate> from, Optional<LocalDate> to) {
        return "least(4, " + perYear(from, to, words -> MASKS.subList(1, MASKS.size()).stream()
                .flatMap(mask -> IntStream.range(0, WORDS).filter(w -> words[w] != 0)
                        .mapToObj(w -> "bit_count(" + mask + "_" + w + " & " + words[w] + ")::INTEGER"))
                .collect(Collectors.joining(" + ")).transform(sum -> sum.isEmpty() ? "0" : sum)) + ")";
    }

    /**
     * {@code expression(words of the period in that year)} for each row: a CASE on the year, since the first and last
     * years of a period cover only some of their days, and the years between (or an open end) all of them.
     */
    private static String perYear(Optional<LocalDate> from, Optional<LocalDate> to, Function<long[], String> expression) {
        var cases = new ArrayList<String>();
        if (from.isPresent() && to.isPresent() && from.get().getYear() == to.get().getYear()) {
            cases.add("WHEN year = %d THEN %s".formatted(from.get().getYear(),
                    expression.apply(days(from.get().getDayOfYear(), to.get().getDayOfYear()))));
        } else {
            from.ifPresent(f -> cases.add("WHEN year = %d THEN %s".formatted(f.getYear(), expression.apply(days(f.getDayOfYear(), 366)))));
            to.ifPresent(t -> cases.add("WHEN year = %d THEN %s".formatted(t.getYear(), expression.apply(days(1, t.getDayOfYear())))));
        }
        return cases.isEmpty() ? "(" + expression.apply(full()) + ")"
                : "(CASE " + String.join(" ", cases) + " ELSE " + expression.apply(full()) + " END)";
    }

    private static String overlaps(String mask, long[] words) {
        return "(" + IntStream.range(0, WORDS).filter(w -> words[w] != 0).mapToObj(w -> "(" + mask + "_" + w + " & " + words[w] + ")")
                .collect(Collectors.joining(" | ")).transform(any -> any.isEmpty() ? "0" : any) + ") <> 0";
    }

    /** The words with the bits of days-of-year {@code first}…{@code last} (1-based, inclusive) set. */
    static long[] days(int first, int last) {
        var words = new long[WORDS];
        for (int day = first; day <= last; day++) {
            words[(day - 1) / DAYS_PER_WORD] |= 1L << ((day - 1) % DAYS_PER_WORD);
        }
        return words;
    }

    private static long[] full() {
        return days(1, WORDS * DAYS_PER_WORD);
    }

    private static long[] complement(long[] words) {
        var complement = new long[WORDS];
        for (int w = 0; w < WORDS; w++) {
            complement[w] = FULL_WORD & ~words[w];
        }
        return complement;
    }

    private static String freshMasks() {
        var masks = new ArrayList<String>();
        for (String mask : MASKS) {
            String when = mask.equals("seen") ? "true" : "hits >= " + mask.substring(3);
            for (int w = 0; w < WORDS; w++) {
                masks.add("bit_or(CASE WHEN %s AND (dayofyear(day) - 1) // %d = %d THEN 1::BIGINT << ((dayofyear(day) - 1) %% %d) ELSE 0 END) AS %s_%d"
                        .formatted(when, DAYS_PER_WORD, w, DAYS_PER_WORD, mask, w));
            }
        }
        return String.join(",\n       ", masks);
    }

    private static String merged(long[] keep) {
        return columns(c -> "(coalesce(o.%1$s, 0) & %2$d) | coalesce(f.%1$s, 0) AS %1$s".formatted(c, keep[Integer.parseInt(c.substring(c.length() - 1))]));
    }

    private static String columns(Function<String, String> column) {
        return MASKS.stream().flatMap(mask -> IntStream.range(0, WORDS).mapToObj(w -> column.apply(mask + "_" + w)))
                .collect(Collectors.joining(", "));
    }
}
