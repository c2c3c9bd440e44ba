package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import dev.outward.services.ServiceId;
import dev.outward.store.Database;

/**
 * {@code customer_years}: one row per customer and year with five day masks: {@code seen} (active: an event or an
 * inconvenience) and {@code hit1}…{@code hit4} (at least 1…4 inconveniences that day). A mask is six BIGINT words
 * of 61 days (366 ≤ 6 × 61; bit 63 stays clear of the sign). Without channel, service or segment, a period's
 * active customers are the rows whose {@code seen} overlaps the period's mask, and a customer's inconveniences,
 * counted up to 4, are the sum of {@code bit_count(hitN & period)}: Σ over days of min(n, 4) reaches 4 exactly when
 * the period's count does. Row count grows with customers, not events.
 * <p>
 * The same masks per channel, per service and per segment ({@code customer_years_channel} …, one row per customer,
 * year and value) answer a filter on one of them the same way, and give distinct customers per service; two or more
 * at once fall back to the day tables. {@code customer_years_rule} (days with inconveniences of the rule) gives
 * distinct customers per rule.
 */
final class YearMasks {

    static final int WORDS = 6;
    static final int DAYS_PER_WORD = 61;
    static final List<String> MASKS = List.of("seen", "hit1", "hit2", "hit3", "hit4");
    /** Filters choose among the first three; rules only group (distinct customers per rule). */
    static final List<String> DIMENSIONS = List.of("channel", "service", "segment", "rule");
    private static final long FULL_WORD = (1L << DAYS_PER_WORD) - 1;

    /** {@code customer_years}, or {@code customer_years_<dimension>} with one row per value of it as well. */
    private final Optional<String> dimension;

    private YearMasks(Optional<String> dimension) {
        this.dimension = dimension;
    }

    static List<YearMasks> all() {
        var all = new ArrayList<YearMasks>();
        all.add(new YearMasks(Optional.empty()));
        DIMENSIONS.forEach(d -> all.add(new YearMasks(Optional.of(d))));
        return all;
    }

    /** The masks for a filter with at most one dimension chosen (by its value), or empty when it names more. */
    static Optional<YearMasks> of(ReportFilter filter) {
        var chosen = new ArrayList<String>();
        filter.channel().ifPresent(c -> chosen.add("channel"));
        filter.service().ifPresent(c -> chosen.add("service"));
        filter.segment().ifPresent(c -> chosen.add("segment"));
        return chosen.size() > 1 ? Optional.empty() : Optional.of(new YearMasks(chosen.stream().findFirst()));
    }

    String table() {
        return dimension.map(d -> "customer_years_" + d).orElse("customer_years");
    }

    /**
     * The masks to count distinct customers per value of {@code column} (service, rule) under a filter, when the filter
     * chooses no other dimension than that one.
     */
    static Optional<YearMasks> grouping(ReportFilter filter, String column) {
        var of = of(filter);
        return of.isPresent() && of.get().dimension.map(column::equals).orElse(true)
                ? Optional.of(new YearMasks(Optional.of(column))) : Optional.empty();
    }

    /** The rows of the filter's value of this dimension, or all rows when it chooses none. */
    String rows(ReportFilter filter) {
        Optional<String> value = dimension.flatMap(d -> switch (d) {
            case "channel" -> filter.channel();
            case "service" -> filter.service().map(ServiceId::value);
            case "segment" -> filter.segment();
            default -> Optional.<String>empty();
        });
        return value.map(v -> " WHERE value = " + ReportScope.literal(v)).orElse(" WHERE true");
    }

    void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS " + table() + " (k INTEGER NOT NULL, year SMALLINT NOT NULL, "
                + dimension.map(d -> "value VARCHAR NOT NULL, ").orElse("") + columns(c -> c + " BIGINT NOT NULL") + ")");
    }

    void drop(Database database) {
        database.execute("DROP TABLE IF EXISTS " + table());
    }

    /** Masks of the days from {@code from} (all days when empty), merged into the rows: older bits kept, newer replaced. */
    void refresh(Database database, Optional<LocalDate> from) {
        String value = dimension.map(d -> ", " + d + " AS value").orElse("");
        String present = dimension.map(d -> " AND " + d + " IS NOT NULL").orElse("") + Summaries.since("day", from);
        // a rule's days are the days of its inconveniences; the other dimensions are also on events
        String events = dimension.equals(Optional.of("rule")) ? ""
                : "SELECT k, day%s, 0 AS n FROM customer_days WHERE true %s UNION ALL ".formatted(value, present);
        String fresh = """
                SELECT k, year(day)::SMALLINT AS year%s, %s
                FROM (SELECT k, day%s, sum(n) AS hits
                      FROM (%sSELECT k, day%s, n FROM inconvenience_days WHERE true %s)
                      GROUP BY ALL)
                GROUP BY ALL""".formatted(dimension.map(d -> ", value").orElse(""), freshMasks(),
                dimension.map(d -> ", value").orElse(""), events, value, present);
        if (from.isEmpty()) {
            // stored by value, a filter on one value reads only its row groups (incremental runs append unsorted)
            database.execute("INSERT INTO " + table() + " " + fresh + dimension.map(d -> " ORDER BY value, k").orElse(""));
            return;
        }
        int year = from.get().getYear();
        long[] keep = days(1, from.get().getDayOfYear() - 1);
        String temporary = "fresh_" + table();
        String touched = "year = %d AND (%s OR k IN (SELECT k FROM %s WHERE year = %d))"
                .formatted(year, overlaps("seen", complement(keep)), temporary, year);
        database.execute("CREATE OR REPLACE TEMP TABLE " + temporary + " AS " + fresh);
        database.execute("""
                CREATE OR REPLACE TEMP TABLE merged_masks AS
                SELECT coalesce(f.k, o.k) AS k, coalesce(f.year, o.year) AS year%s, %s
                FROM (SELECT * FROM %s WHERE %s) o FULL JOIN %s f ON f.k = o.k AND f.year = o.year%s"""
                .formatted(dimension.map(d -> ", coalesce(f.value, o.value) AS value").orElse(""), merged(keep), table(), touched,
                        temporary, dimension.map(d -> " AND f.value = o.value").orElse("")));
        database.execute("DELETE FROM " + table() + " WHERE year > " + year + " OR (" + touched + ")");
        database.execute("INSERT INTO " + table() + " SELECT * FROM merged_masks WHERE " + overlaps("seen", full()));
        database.execute("DROP TABLE " + temporary);
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
