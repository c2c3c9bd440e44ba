package dev.outward.inconvenience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.store.Database;

class DayWordsTests {

    /** The first day of a word: day {@code WORD_START + n} is bit {@code n}, the 63rd day after starts the next word. */
    private static final LocalDate WORD_START = LocalDate.of(1, 1, 1).plusDays(32_100L * DayWords.DAYS_PER_WORD);

    @TempDir
    Path tmp;

    @Test
    void sqlPlacesADayInTheSameWordAndBitAsJava() {
        try (var database = Database.open(tmp)) {
            for (int n : new int[] {0, 1, 62, 63, 64, 200}) {
                var day = WORD_START.plusDays(n);
                var placed = database.sql().query("SELECT word, bit FROM (SELECT " + DayWords.WORD + ", " + DayWords.BIT
                        + " AS bit FROM (SELECT DATE '" + day + "' AS day))", row -> row.getLong(1) + "/" + row.getLong(2));
                assertThat(placed).containsExactly(DayWords.word(day) + "/" + (1L << DayWords.offset(day)));
            }
            assertThat(DayWords.word(WORD_START.plusDays(63))).isEqualTo(DayWords.word(WORD_START) + 1);
            assertThat(DayWords.offset(WORD_START.plusDays(64))).isEqualTo(1);
        }
    }

    @Test
    void bitsRunFromTheFirstToTheLastOffsetInclusive() {
        assertThat(DayWords.bits(0, 0)).isEqualTo(1L);
        assertThat(DayWords.bits(2, 4)).isEqualTo(0b11100L);
        assertThat(DayWords.bits(0, 62)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aPeriodMatchesOnlyRowsWithADayInItAndCountsItsInconveniencesUpToFour() {
        try (var database = Database.open(tmp)) {
            long word = DayWords.word(WORD_START);
            database.execute("CREATE TABLE masks (k INTEGER, word INTEGER, hit1 BIGINT, hit2 BIGINT, hit3 BIGINT, hit4 BIGINT)");
            // k 1: days 5 (one) and 70 (four, in the next word); k 2: day 10 (two); k 3: day 20 (three)
            database.execute("INSERT INTO masks VALUES (1, %1$d, %2$d, 0, 0, 0), (1, %3$d, %4$d, %4$d, %4$d, %4$d),"
                    .formatted(word, 1L << 5, word + 1, 1L << 7)
                    + " (2, %1$d, %2$d, %2$d, 0, 0), (3, %1$d, %3$d, %3$d, %3$d, 0)".formatted(word, 1L << 10, 1L << 20));

            assertThat(counts(database, WORD_START.plusDays(5), WORD_START.plusDays(10))).isEqualTo("1:1 2:2");
            assertThat(counts(database, WORD_START.plusDays(6), WORD_START.plusDays(70))).isEqualTo("1:4 2:2 3:3");
            assertThat(counts(database, WORD_START.plusDays(11), WORD_START.plusDays(19))).isEmpty();
        }
    }

    /** Customer:inconveniences (up to 4) of the rows with a day in the period. */
    private static String counts(Database database, LocalDate from, LocalDate to) {
        var first = Optional.of(from);
        var last = Optional.of(to);
        String sql = """
                SELECT string_agg(k || ':' || n, ' ' ORDER BY k)
                FROM (SELECT k, least(4, sum(%s)) AS n FROM masks WHERE %s GROUP BY k)"""
                .formatted(DayWords.hitsUpTo4(first, last), DayWords.overlaps("hit1", first, last));
        return database.sql().query(sql, row -> row.getString(1)).stream().filter(Objects::nonNull).findFirst().orElse("");
    }
}
