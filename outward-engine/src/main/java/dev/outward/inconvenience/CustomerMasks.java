package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.outward.services.ServiceId;
import dev.outward.store.Database;

/**
 * {@code customer_masks}: per customer and word of 63 consecutive days ({@link DayWords}), bit masks of the days they
 * were {@code seen} (active: an event or an inconvenience) and had at least 1…4 inconveniences ({@code hit1} …
 * {@code hit4}). A period's active customers are the rows whose {@code seen} overlaps the period's mask, and a
 * customer's inconveniences counted up to 4 are Σ {@code bit_count(hitN & period)} over their rows: Σ over days of
 * min(n, 4) reaches 4 exactly when the period's count does. Rows grow with customers and time, not with events.
 * <p>
 * A customer and word has up to two rows, never merged: one from their events ({@code seen} only, in
 * {@code active_masks}) and one from their inconveniences ({@code seen} = {@code hit1}, in {@code hit_masks});
 * the view {@code customer_masks} is both. Every reader aggregates per customer (a set bit per customer, a sum
 * per customer), so the split costs nothing there, while building the rows needs no per-day aggregation of the
 * events (the expensive part: as many customer-days as events). The latest days are the rows themselves, a row per
 * event or inconvenience ({@link MaskTable}'s day rows), so a refresh from day D writes no mask. The two
 * halves are refreshed apart: events' rows when events arrive ({@link EventSummaries}), inconveniences' rows when
 * inconveniences change, so a full detection after a rule change rebuilds only the second.
 * <p>
 * The same masks per channel, per service and per segment ({@code customer_masks_channel} …, with the value in each
 * row) answer a filter on one of them the same way, and give distinct customers per service; two or more at once
 * fall back to the day tables. They keep {@code hit2…4} too: counting a customer's inconveniences under one value
 * from that value's rows of {@code inconvenience_days} instead was as fast at 10M events, and at 100M (400 events a
 * customer) made relationship depth and retention with one channel, service or segment 2–3 times slower. Distinct
 * customers per rule come from the inconveniences' days as fast as from masks per rule did (a bit per customer
 * either way), and those cost a full run more than a second to write; over all time, from {@link RuleCustomers}.
 * The view's name is what readers use ({@link #table}); the tables behind it are this class's business.
 */
final class CustomerMasks {

    /** The inconveniences' masks: a day with at least 1, 2, 3, 4 of them. */
    static final List<String> HITS = List.of("hit1", "hit2", "hit3", "hit4");
    static final List<String> DIMENSIONS = List.of("channel", "service", "segment");

    /** {@code customer_masks}, or {@code customer_masks_<dimension>} with one row per value of it as well. */
    private final Optional<String> dimension;

    private CustomerMasks(Optional<String> dimension) {
        this.dimension = dimension;
    }

    static List<CustomerMasks> all() {
        var all = new ArrayList<CustomerMasks>();
        all.add(new CustomerMasks(Optional.empty()));
        DIMENSIONS.forEach(d -> all.add(new CustomerMasks(Optional.of(d))));
        return all;
    }

    /** The masks for a filter with at most one dimension chosen (by its value), or empty when it names more. */
    static Optional<CustomerMasks> of(ReportFilter filter) {
        var chosen = new ArrayList<String>();
        filter.channel().ifPresent(c -> chosen.add("channel"));
        filter.service().ifPresent(c -> chosen.add("service"));
        filter.segment().ifPresent(c -> chosen.add("segment"));
        return chosen.size() > 1 ? Optional.empty() : Optional.of(new CustomerMasks(chosen.stream().findFirst()));
    }

    /**
     * The masks to count distinct customers per value of {@code column} (a dimension) under a filter, when the filter
     * chooses no other dimension than that one.
     */
    static Optional<CustomerMasks> grouping(ReportFilter filter, String column) {
        var of = of(filter);
        return DIMENSIONS.contains(column) && of.isPresent() && of.get().dimension.map(column::equals).orElse(true)
                ? Optional.of(new CustomerMasks(Optional.of(column))) : Optional.empty();
    }

    String table() {
        return dimension.map(d -> "customer_masks_" + d).orElse("customer_masks");
    }

    /**
     * What to read for a period ending on {@code to}: the view, or the mask tables alone when the period ends before
     * their day rows begin. Every branch of a {@code UNION ALL} costs a per-customer aggregation its own arrays of all
     * keys (~8 ms at 250k customers), day rows that hold nothing for the period included: relationship depth for June
     * took 58–63 instead of 68–81 ms at 10M events.
     */
    String source(Database database, Optional<LocalDate> to) {
        boolean settled = to.isPresent() && Stream.of(active(), hits())
                .allMatch(masks -> masks.line(database).map(to.get()::isBefore).orElse(false));
        return settled ? "(" + halves("SELECT * FROM " + active().name(), "SELECT * FROM " + hits().name()) + ")" : table();
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

    /**
     * All time's customers of the filter's value (each value when it chooses none) as rows of {@code (value, seen, hit)}
     * bitstrings of {@code capacity} bits, to OR per value: the {@link ValueBits} of the masks and the day rows
     * aggregated beside them. Only the inconveniences' half unless {@code active}: then {@code seen} counts both.
     */
    String allTimeBits(ReportFilter filter, int capacity, boolean active) {
        String where = rows(filter);
        String bits = "bitstring_agg(k, 1, " + capacity + ")";
        String stored = "SELECT value, bits AS seen, %s AS hit FROM " + ValueBits.TABLE + where + " AND name = '%s'";
        String dayRows = (active ? "SELECT k, value, false AS hit FROM " + active().dayRows() + where + " UNION ALL " : "")
                + "SELECT k, value, true AS hit FROM " + hits().dayRows() + where;
        return (active ? stored.formatted("NULL::BIT", active().name()) + "\nUNION ALL " : "")
                + stored.formatted("bits", hits().name())
                + "\nUNION ALL SELECT value, %1$s, %1$s FILTER (WHERE hit) FROM (%2$s) GROUP BY value".formatted(bits, dayRows);
    }

    void create(Database database) {
        String keys = "k INTEGER NOT NULL USING COMPRESSION uncompressed, "
                + dimension.map(d -> "value VARCHAR NOT NULL USING COMPRESSION dictionary, ").orElse("");
        String word = "word INTEGER NOT NULL USING COMPRESSION rle, ";
        database.execute("CREATE TABLE IF NOT EXISTS " + active().name() + " (" + keys + word + mask("seen", "uncompressed") + ")");
        active().createDayRows(database, madeOf().active());
        database.execute("CREATE TABLE IF NOT EXISTS " + hits().name() + " (" + keys + word + mask("hit1", "uncompressed") + ", "
                + HITS.subList(1, HITS.size()).stream().map(m -> mask(m, "rle")).collect(Collectors.joining(", ")) + ")");
        hits().createDayRows(database, madeOf().hits());
        Summaries.createView(database, table(), halves(active().rows(), hits().rows()));
    }

    /** The rows of both halves as readers take them, from a SELECT of each. */
    private String halves(String activeRows, String hitRows) {
        String keys = dimension.map(d -> "k, value, word").orElse("k, word");
        return """
                SELECT %1$s, seen, 0::BIGINT AS hit1, 0::BIGINT AS hit2, 0::BIGINT AS hit3, 0::BIGINT AS hit4 FROM (%2$s)
                UNION ALL SELECT %1$s, hit1 AS seen, hit1, hit2, hit3, hit4 FROM (%3$s)""".formatted(keys, activeRows, hitRows);
    }

    /**
     * Columns name their compression: DuckDB's automatic choice tries every method on every column, a quarter of the
     * cost of writing a mask table in a full run. Masks of days with 2+ inconveniences are mostly zero: runs.
     */
    private static String mask(String name, String compression) {
        return name + " BIGINT NOT NULL USING COMPRESSION " + compression;
    }

    private MaskTable active() {
        return new MaskTable(table().replace("customer_masks", "active_masks"), keys(), List.of("seen"), List.of(DayWords.BIT));
    }

    /**
     * A day row's {@code n} is its count up to 4: a day is in {@code hitN} when it reaches N. The view's rows are the
     * inconveniences, each with 1, which readers sum per customer up to 4 as they would the days' counts.
     */
    private MaskTable hits() {
        var dayMasks = IntStream.rangeClosed(1, HITS.size())
                .mapToObj(n -> "CASE WHEN n >= " + n + " THEN " + DayWords.BIT + " ELSE 0 END").toList();
        return new MaskTable(table().replace("customer_masks", "hit_masks"), keys(), HITS, dayMasks);
    }

    /** The first day the inconveniences' masks show as day rows: drawn by every refresh of them. */
    static LocalDate hitsLine(Database database) {
        return new CustomerMasks(Optional.empty()).hits().line(database).orElseThrow();
    }

    /** The events' tables; the view goes too, so that the next {@link #create} defines it as this version does. */
    void dropActive(Database database) {
        drop(database, active());
    }

    void dropHits(Database database) {
        drop(database, hits());
    }

    private void drop(Database database, MaskTable masks) {
        database.execute("DROP VIEW IF EXISTS " + table());
        masks.drop(database);
    }

    /** Replaces the events' days from {@code from} (all days when empty) in every table, from {@code customer_days}. */
    static void refreshActive(Database database, Optional<LocalDate> from) {
        var recent = recentDays(database, from);
        all().forEach(masks -> masks.replaceActive(database, from, recent));
    }

    private void replaceActive(Database database, Optional<LocalDate> from, RecentDays recent) {
        active().replaceFrom(database, from, recent, madeOf().active());
    }

    private void replaceHits(Database database, Optional<LocalDate> from, RecentDays recent) {
        hits().replaceFrom(database, from, recent, madeOf().hits());
    }

    /**
     * Replaces the inconveniences' days from {@code from} (all days when empty) in every table. A full build finds the
     * busy days once for all four ({@link MaskRows}); a refresh writes day rows only.
     */
    static void refreshHits(Database database, Optional<LocalDate> from) {
        var recent = recentDays(database, from);
        if (from.isEmpty()) {
            MaskRows.findBusyDays(database);
        }
        all().forEach(masks -> masks.replaceHits(database, from, recent));
        MaskRows.forgetBusyDays(database);
    }

    /**
     * The latest week from the latest day with events, and about one day row per customer. A refresh from a day asks
     * the days from it first: their zone maps spare the scan of every row (10 ms at 10M events, twice a run).
     */
    private static RecentDays recentDays(Database database, Optional<LocalDate> from) {
        var latest = latestDay(database, Summaries.since("day", from)).or(() -> latestDay(database, ""))
                .orElse(LocalDate.EPOCH);
        return new RecentDays(latest, CustomerDays.largestKey(database));
    }

    private static Optional<LocalDate> latestDay(Database database, String where) {
        return database.sql().query("SELECT max(day) FROM customer_days WHERE true" + where,
                row -> Optional.ofNullable(row.getObject(1, LocalDate.class))).getFirst();
    }

    private List<String> keys() {
        return dimension.isPresent() ? List.of("k", "value") : List.of("k");
    }

    private MaskRows madeOf() {
        return new MaskRows(dimension);
    }
}
