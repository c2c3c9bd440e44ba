package dev.outward.inconvenience;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The calendar of the {@link CustomerMasks}: days counted from 0001-01-01 fall into words of {@value #DAYS_PER_WORD}
 * consecutive days (word {@code w} holds the days {@code 63w … 63w + 62}), each day a bit of a BIGINT (bit 63 stays
 * clear of the sign). Writers place a day with {@link #WORD} and {@link #BIT}; readers turn a period into a condition
 * on the word and a mask of its days.
 */
final class DayWords {

    static final int DAYS_PER_WORD = 63;
    private static final LocalDate EPOCH = LocalDate.of(1, 1, 1);
    private static final long FULL_WORD = (1L << DAYS_PER_WORD) - 1;
    private static final String DAY_NUMBER = "(day - DATE '0001-01-01')";
    /** SQL: the bit of a row's {@code day} in its word. */
    static final String BIT = "1::BIGINT << (%s %% %d)".formatted(DAY_NUMBER, DAYS_PER_WORD);
    /** SQL: the column {@code word} of a row's {@code day}. */
    static final String WORD = "(%s // %d)::INTEGER AS word".formatted(DAY_NUMBER, DAYS_PER_WORD);

    private DayWords() {
    }

    /** A condition: the rows whose {@code mask} has a day in the period. */
    static String overlaps(String mask, Optional<LocalDate> from, Optional<LocalDate> to) {
        if (from.isEmpty() && to.isEmpty()) {
            return "(" + mask + " <> 0)";
        }
        return "(" + words(from, to) + " AND (" + mask + " & " + period(from, to) + ") <> 0)";
    }

    /** An expression for rows that overlap the period: the row's inconveniences in it, counted up to 4. */
    static String hitsUpTo4(Optional<LocalDate> from, Optional<LocalDate> to) {
        String period = from.isEmpty() && to.isEmpty() ? "" : " & " + period(from, to);
        return "least(4, " + CustomerMasks.HITS.stream().map(mask -> "bit_count(" + mask + period + ")::INTEGER")
                .collect(Collectors.joining(" + ")) + ")";
    }

    static long word(LocalDate day) {
        return ChronoUnit.DAYS.between(EPOCH, day) / DAYS_PER_WORD;
    }

    static int offset(LocalDate day) {
        return (int) (ChronoUnit.DAYS.between(EPOCH, day) % DAYS_PER_WORD);
    }

    /** The bits of offsets {@code first}…{@code last} (inclusive) of a word. */
    static long bits(int first, int last) {
        return (FULL_WORD >>> (DAYS_PER_WORD - 1 - last)) & (FULL_WORD << first);
    }

    /** The words a period touches, as a condition on {@code word}. */
    private static String words(Optional<LocalDate> from, Optional<LocalDate> to) {
        var bounds = new ArrayList<String>();
        from.ifPresent(f -> bounds.add("word >= " + word(f)));
        to.ifPresent(t -> bounds.add("word <= " + word(t)));
        return bounds.isEmpty() ? "true" : String.join(" AND ", bounds);
    }

    /**
     * The row's word of the period's days: only the first and last words hold part of their days (a CASE on the
     * word); the words between, or beyond an open end, all of them. Rows outside the period are excluded by
     * {@link #words}, which every reader applies through {@link #overlaps}.
     */
    private static String period(Optional<LocalDate> from, Optional<LocalDate> to) {
        var cases = new ArrayList<String>();
        if (from.isPresent() && to.isPresent() && word(from.get()) == word(to.get())) {
            cases.add("WHEN word = %d THEN %d".formatted(word(from.get()), bits(offset(from.get()), offset(to.get()))));
        } else {
            from.ifPresent(f -> cases.add("WHEN word = %d THEN %d".formatted(word(f), bits(offset(f), DAYS_PER_WORD - 1))));
            to.ifPresent(t -> cases.add("WHEN word = %d THEN %d".formatted(word(t), bits(0, offset(t)))));
        }
        return cases.isEmpty() ? String.valueOf(FULL_WORD) : "(CASE " + String.join(" ", cases) + " ELSE " + FULL_WORD + " END)";
    }
}
