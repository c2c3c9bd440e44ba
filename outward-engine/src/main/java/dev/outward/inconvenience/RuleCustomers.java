package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.Optional;

import dev.outward.store.Database;

/**
 * All time's customers per rule, for the types page and the rules API without a filter: {@link ValueBits} (named
 * {@code rule_customers}) of the days before a line, OR-ed when asked with those of the inconveniences' days from it.
 * Counting them from every inconvenience's day took 360–390 ms at 100M events (52.8M rows); a total per customer and
 * rule answered in 13 ms but cost a full run 0.4 s at 10M (1.6M groups). The bits cost a full run one scan (22 ms at
 * 10M) and follow the line of the inconveniences' masks, so the days read when asked are the masks' day rows: a fold
 * adds the days it folds, and a run reaching back before the line rebuilds them, as it does the masks' own bits.
 */
final class RuleCustomers {

    private static final String NAME = "rule_customers";

    private RuleCustomers() {
    }

    /** After a run replaced the inconveniences from {@code from} (all when empty): the bits of the days before {@code line}. */
    static void refresh(Database database, Optional<LocalDate> from, LocalDate line) {
        var kept = MaskTable.line(database, NAME);
        boolean settled = from.isPresent() && kept.isPresent() && !from.get().isBefore(kept.get())
                && !kept.get().isAfter(line) && !ValueBits.outgrown(database, NAME);
        if (!settled) {
            ValueBits.rebuild(database, NAME, rows("day < " + MaskTable.date(line)));
        } else if (kept.get().isBefore(line)) {
            ValueBits.add(database, NAME, rows("day >= %s AND day < %s".formatted(MaskTable.date(kept.get()), MaskTable.date(line))));
        }
        if (!kept.equals(Optional.of(line))) {
            MaskTable.drawLine(database, NAME, line);
        }
    }

    /**
     * Rows of {@code (value, bits)} whose bits OR-ed per value are the rule's customers, in bitstrings of
     * {@code capacity} bits; none before a run kept them. The line is read in the same statement as the bits, so that
     * a run committing in between cannot pair bits of one line with the days from another.
     */
    static Optional<String> allTimeBits(Database database, int capacity) {
        if (MaskTable.line(database, NAME).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("""
                SELECT value, bits FROM %1$s WHERE name = '%2$s'
                UNION ALL SELECT rule::VARCHAR, bitstring_agg(k, 1, %3$d) FROM inconvenience_days
                WHERE day >= (SELECT line FROM %4$s WHERE name = '%2$s') GROUP BY 1"""
                .formatted(ValueBits.TABLE, NAME, capacity, MaskTable.LINES));
    }

    private static String rows(String days) {
        return "(SELECT k, rule::VARCHAR AS value FROM inconvenience_days WHERE " + days + ")";
    }
}
