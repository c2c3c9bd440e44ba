package dev.outward.inconvenience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.outward.store.Database;

class MaskTableTests {

    /** The first day of a word, so that day {@code WORD_START + n} is bit {@code n}. */
    private static final LocalDate WORD_START = LocalDate.of(1, 1, 1).plusDays(32_100L * DayWords.DAYS_PER_WORD);

    @TempDir
    Path tmp;

    @Test
    void replacingTheDaysFromOneClearsWhatNoLongerHoldsAddsWhatDoesAndKeepsOneRowPerKey() {
        try (var database = Database.open(tmp)) {
            database.execute("CREATE TABLE days (k INTEGER, day DATE)");
            database.execute("CREATE TABLE masks (k INTEGER NOT NULL, word INTEGER NOT NULL, seen BIGINT NOT NULL)");
            var masks = new MaskTable("masks", List.of("k"), List.of("seen"));
            add(database, 1, 1, 5, 10);
            add(database, 2, 10);
            add(database, 5, 3, 10);
            add(database, 6, 2, 9);
            masks.replaceFrom(database, Optional.empty(), MaskTableTests::select);
            assertThat(rows(database)).containsExactly("1 " + bits(1, 5, 10), "2 " + bits(10), "5 " + bits(3, 10), "6 " + bits(2, 9));

            database.execute("DELETE FROM days WHERE day = DATE '" + WORD_START.plusDays(10) + "'");
            add(database, 1, 12);
            add(database, 3, 11);
            add(database, 4, 70);
            masks.replaceFrom(database, Optional.of(WORD_START.plusDays(8)), MaskTableTests::select);

            // 2 and 5 have nothing left from day 8 (2 nothing at all), 6 the same as before
            assertThat(rows(database)).containsExactly("1 " + bits(1, 5, 12), "3 " + bits(11), "4 " + bits(70 - 63),
                    "5 " + bits(3), "6 " + bits(2, 9));
        }
    }

    private static String select(String since) {
        return "SELECT k, " + DayWords.WORD + ", bit_or(" + DayWords.BIT + ") FROM days WHERE true " + since + " GROUP BY ALL";
    }

    private static void add(Database database, int k, int... days) {
        for (int day : days) {
            database.execute("INSERT INTO days VALUES (" + k + ", DATE '" + WORD_START.plusDays(day) + "')");
        }
    }

    private static List<String> rows(Database database) {
        return database.sql().query("SELECT k, seen FROM masks ORDER BY k, word", row -> row.getInt(1) + " " + row.getLong(2));
    }

    private static long bits(int... offsets) {
        long bits = 0;
        for (int offset : offsets) {
            bits |= 1L << offset;
        }
        return bits;
    }
}
