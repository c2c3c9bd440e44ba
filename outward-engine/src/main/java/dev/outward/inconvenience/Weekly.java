package dev.outward.inconvenience;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.outward.store.Database;

/**
 * Weekly series from the tallies: the weeks a period holds whole from their weekly sums, the rest from the daily rows
 * ({@link #inconveniences}). A period's weeks run from the Monday of its first day to the Monday of its
 * last; an open end is the first or last day that has a tally, so series of one scope line up week for week.
 */
final class Weekly {

    static final String WEEK = "date_trunc('week', day)::DATE";
    private static final int WEEK_DAYS = 7;

    private final Database database;

    Weekly(Database database) {
        this.database = database;
    }

    /** The Mondays of the weeks in scope, oldest first; empty when nothing was tallied. */
    List<LocalDate> weeks(ReportScope scope) {
        var span = span(scope);
        if (span.isEmpty()) {
            return List.of();
        }
        var weeks = new ArrayList<LocalDate>();
        for (var week = monday(span.get()[0]); !week.isAfter(span.get()[1]); week = week.plusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    /** The first and last day in scope: the period's ends, or where the tallies begin and end. */
    Optional<LocalDate[]> span(ReportScope scope) {
        if (scope.from().isPresent() && scope.to().isPresent()) {
            return Optional.of(new LocalDate[] {scope.from().get(), scope.to().get()});
        }
        return DaySpans.tallied(database).flatMap(bounds -> {
            LocalDate first = scope.from().orElse(bounds[0]);
            LocalDate last = scope.to().orElse(bounds[1]);
            return first.isAfter(last) ? Optional.empty() : Optional.of(new LocalDate[] {first, last});
        });
    }

    /**
     * Whether the period holds every day with an event or inconvenience of a customer (or there is none): its
     * customers are all time's. The tallies may begin later, with events that are neither contacts nor complaints.
     */
    boolean coversAll(ReportScope scope) {
        if (scope.from().isEmpty() && scope.to().isEmpty()) {
            return true;
        }
        return DaySpans.active(database).map(bounds -> scope.from().map(from -> !from.isAfter(bounds[0])).orElse(true)
                && scope.to().map(to -> !to.isBefore(bounds[1])).orElse(true)).orElse(true);
    }

    /**
     * A subquery of {@code (week, rule, service, channel, segment, n)}: the inconveniences in scope per week. The weeks
     * the period holds whole come from {@code weekly_inconveniences}, the days of the weeks it cuts from the daily rows.
     */
    static String inconveniences(ReportScope scope) {
        Optional<LocalDate> firstWhole = scope.from().map(from -> monday(from.plusDays(WEEK_DAYS - 1)));
        Optional<LocalDate> lastWhole = scope.to().map(to -> monday(to.plusDays(1)).minusDays(WEEK_DAYS));
        if (firstWhole.isPresent() && lastWhole.isPresent() && firstWhole.get().isAfter(lastWhole.get())) {
            return "(" + daily(scope.onDays()) + ")";
        }
        var whole = new ReportScope(scope.filter().from(firstWhole.orElse(null)).to(lastWhole.orElse(null)));
        String cut = Stream.of(firstWhole.map(first -> "day < DATE '" + first + "'"),
                lastWhole.map(last -> "day >= DATE '" + last.plusDays(WEEK_DAYS) + "'")).flatMap(Optional::stream)
                .collect(Collectors.joining(" OR "));
        String weekly = "SELECT week, rule, service, channel, segment, n FROM weekly_inconveniences WHERE "
                + whole.period("week") + " AND " + scope.dimensions();
        return cut.isEmpty() ? "(" + weekly + ")" : "(" + weekly + "\nUNION ALL " + daily(scope.onDays() + " AND (" + cut + ")") + ")";
    }

    private static String daily(String where) {
        return "SELECT " + WEEK + " AS week, rule, service, channel, segment, n FROM daily_inconveniences WHERE " + where;
    }

    /** Inconveniences per week and per value of {@code column} (rule, service, channel), zeros filled in. */
    Map<String, List<Long>> perWeek(ReportScope scope, String column) {
        var weeks = weeks(scope);
        var index = new HashMap<LocalDate, Integer>();
        for (int i = 0; i < weeks.size(); i++) {
            index.put(weeks.get(i), i);
        }
        var series = new LinkedHashMap<String, List<Long>>();
        database.sql().query("SELECT " + column + ", week, sum(n) FROM " + inconveniences(scope) + " GROUP BY ALL", row -> {
                    var counts = series.computeIfAbsent(row.getString(1), key -> new ArrayList<>(Collections.nCopies(weeks.size(), 0L)));
                    var at = index.get(row.getObject(2, LocalDate.class));
                    if (at != null) {
                        counts.set(at, row.getLong(3));
                    }
                    return null;
                });
        return series;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
