package dev.outward.inconvenience;

import java.util.Optional;
import java.util.function.Function;

import dev.outward.store.Database;

/**
 * What the {@link CustomerMasks} of a dimension (none for the plain masks) are made of: for the events' half the
 * rows of {@code customer_days}, for the inconveniences' half those of {@code inconvenience_days}, each as masks,
 * as days to fold and as day rows ({@link MaskTable.Select}), with the dimension's value where it has one.
 *
 * @param dimension the column whose value each row keeps (channel, service, segment), or none
 */
record MaskRows(Optional<String> dimension) {

    /**
     * The customer-days with two or more inconveniences, whatever their channel, service or segment: in a full build
     * only their inconveniences are counted per day and value for {@code hit2…4}. They are about one in eight, and
     * counting every inconvenience per customer, day and value took each of the three tables a fifth longer (10M
     * events: 690 against 575 ms per table).
     */
    private static final String BUSY_DAYS = "busy_days";

    /** Finds the busy days, which a full build of the inconveniences' masks reads. */
    static void findBusyDays(Database database) {
        database.execute("CREATE OR REPLACE TEMP TABLE " + BUSY_DAYS + " AS SELECT k, day, count(*) AS n FROM inconvenience_days"
                + " GROUP BY ALL HAVING count(*) >= 2");
    }

    static void forgetBusyDays(Database database) {
        database.execute("DROP TABLE IF EXISTS " + BUSY_DAYS);
    }

    /** The events' rows. A fold ORs the days of a key into its masks, so its rows may repeat a key's day as the view's do. */
    MaskTable.Select active() {
        String where = "FROM customer_days WHERE true " + present();
        Function<String, String> rows = condition -> "SELECT k%s, day %s".formatted(value(), where + condition);
        return new MaskTable.Select(
                condition -> "SELECT k%s, %s, bit_or(%s) %s GROUP BY ALL".formatted(value(), DayWords.WORD, DayWords.BIT, where + condition),
                rows, rows);
    }

    /** The inconveniences' rows; their masks are a full build's, which needs the busy days. */
    MaskTable.Select hits() {
        String where = "FROM inconvenience_days WHERE true " + present();
        return new MaskTable.Select(condition -> {
            // every inconvenience's day, for hit1; and the counts per value of the busy days, for hit2…4
            String days = "SELECT k%s, day, 1 AS n %s".formatted(value(), where + condition);
            String busy = dimension.isEmpty() ? "SELECT k, day, n FROM " + BUSY_DAYS + " WHERE true " + condition : """
                    SELECT k%s, day, count(*) FROM inconvenience_days JOIN %s USING (k, day) WHERE true %s
                    GROUP BY ALL HAVING count(*) >= 2""".formatted(value(), BUSY_DAYS, present() + condition);
            return """
                    SELECT k%1$s, %2$s, bit_or(%3$s), coalesce(bit_or(%3$s) FILTER (WHERE n >= 2), 0),
                           coalesce(bit_or(%3$s) FILTER (WHERE n >= 3), 0), coalesce(bit_or(%3$s) FILTER (WHERE n >= 4), 0)
                    FROM (%4$s UNION ALL %5$s) GROUP BY ALL""".formatted(dimension.map(d -> ", value").orElse(""),
                    DayWords.WORD, DayWords.BIT, days, busy);
        }, condition -> "SELECT k%s, day, least(count(*), 4) AS n %s GROUP BY ALL".formatted(value(), where + condition),
                condition -> "SELECT k%s, day, 1 AS n %s".formatted(value(), where + condition));
    }

    /** Day rows with a value of the dimension. */
    private String present() {
        return dimension.map(d -> " AND " + d + " IS NOT NULL").orElse("");
    }

    private String value() {
        return dimension.map(d -> ", " + d + " AS value").orElse("");
    }
}
