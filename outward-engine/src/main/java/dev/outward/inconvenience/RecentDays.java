package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which of the latest days a {@link MaskTable} keeps as day rows: at most the latest week, and at most
 * {@code budget} rows, about one per customer, but always the latest day. Readers take the day rows beside the masks,
 * so they must stay few against them: at 10M synthetic events (250k customers) a week of events is ~190k rows beside
 * 1.5M mask rows, while at 100M (400 events a customer) one day is ~270k, and only the latest day stays. Day rows are
 * folded into the masks when the oldest is a week older than the latest week or they are twice the budget: about once
 * a week of data at 10M, every run at 100M. A fold
 * costs about what the days it folds are (at 10M, 0.45 s of a run for a week, 1 s for two): folding every two weeks
 * instead gained nothing.
 *
 * @param latest the latest day with events
 * @param budget how many day rows may be kept
 * @param counted the rows per day of the day rows from a line on, as {@link #rowsPerDay} counted them
 */
record RecentDays(LocalDate latest, long budget, Map<LocalDate, Map<LocalDate, Long>> counted) {

    static final int WEEK = 7;

    RecentDays(LocalDate latest, long budget) {
        this(latest, budget, new HashMap<>());
    }

    /**
     * The rows per day of day rows from {@code line} on, counted once for the tables of a refresh (one half) that
     * share the line: the four show the same days, a dimension's without the rows that lack its value, so they fold
     * together. Counting each apart was eight queries a run, ~4 ms each at 10M events.
     */
    Map<LocalDate, Long> rowsPerDay(LocalDate line, Supplier<Map<LocalDate, Long>> count) {
        return counted.computeIfAbsent(line, from -> count.get());
    }

    /** The first day the latest week begins with. */
    LocalDate weekStart() {
        return latest.minusDays(WEEK - 1);
    }

    /**
     * The first day to keep as day rows, given the rows per day from {@link #weekStart} on: the earliest of the week
     * whose rows up to the latest fit the budget, and at least the latest day. Day rows that DuckDB can prove empty
     * (a view from after the latest day) become an empty result without statistics, and a reader's union of them
     * with the masks loses the customer keys' range: at 100M events relationship depth then grouped by customer in a
     * hash table instead of an array, 95 instead of 62 ms.
     */
    LocalDate line(Map<LocalDate, Long> rowsPerDay) {
        long rows = 0;
        for (LocalDate day = latest; !day.isBefore(weekStart()); day = day.minusDays(1)) {
            rows += rowsPerDay.getOrDefault(day, 0L);
            if (rows > budget) {
                return day.equals(latest) ? latest : day.plusDays(1);
            }
        }
        return weekStart();
    }

    /** Whether day rows from {@code oldest} on, {@code rows} of them, are to be folded now. */
    boolean foldDue(LocalDate oldest, long rows) {
        return oldest.isBefore(weekStart().minusDays(WEEK)) || rows > 2 * budget;
    }
}
