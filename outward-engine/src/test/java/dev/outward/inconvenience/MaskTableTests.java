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

    private static final MaskTable MASKS = new MaskTable("masks", List.of("k"), List.of("seen"), List.of(DayWords.BIT));
    private static final MaskTable.Select SELECT = new MaskTable.Select(
            condition -> "SELECT k, " + DayWords.WORD + ", bit_or(" + DayWords.BIT + ") FROM days WHERE true " + condition
                    + " GROUP BY ALL",
            condition -> "SELECT DISTINCT k, day FROM days WHERE true " + condition,
            condition -> "SELECT k, day FROM days WHERE true " + condition);

    @TempDir
    Path tmp;

    @Test
    void replacingTheDaysFromOneClearsWhatNoLongerHoldsAddsWhatDoesAndKeepsOneRowPerKey() {
        try (var database = Database.open(tmp)) {
            var masks = givenTables(database);
            add(database, 1, 1, 5, 10);
            add(database, 2, 10);
            add(database, 5, 3, 10);
            add(database, 6, 2, 9);
            masks.replaceFrom(database, Optional.empty(), recent(10), SELECT);
            assertThat(days(database)).containsExactly("1 " + bits(1, 5, 10), "2 " + bits(10), "5 " + bits(3, 10), "6 " + bits(2, 9));

            database.execute("DELETE FROM days WHERE day = " + date(10));
            add(database, 1, 12);
            add(database, 3, 11);
            add(database, 4, 70);
            masks.replaceFrom(database, Optional.of(day(8)), recent(70), SELECT);

            // 2 and 5 have nothing left from day 8 (2 nothing at all), 6 the same as before
            assertThat(days(database)).containsExactly("1 " + bits(1, 5, 12), "3 " + bits(11), "4 " + bits(70 - 63),
                    "5 " + bits(3), "6 " + bits(2, 9));
            assertThat(maskRows(database)).as("folded: one row per key and word")
                    .containsExactly("1 " + bits(1, 5, 12), "3 " + bits(11), "5 " + bits(3), "6 " + bits(2, 9));
        }
    }

    @Test
    void theLatestWeekStaysAsDayRowsAndRefreshesWithinItLeaveTheMasksAlone() {
        try (var database = Database.open(tmp)) {
            var masks = givenTables(database);
            add(database, 1, 20, 31, 34, 38);
            add(database, 2, 36);
            masks.replaceFrom(database, Optional.empty(), recent(38), SELECT);
            assertThat(maskRows(database)).as("days before the latest week: 32 to 38").containsExactly("1 " + bits(20, 31));
            assertThat(dayRows(database)).isEqualTo(3);

            database.execute("DELETE FROM days WHERE day = " + date(38));
            add(database, 2, 37, 41);
            masks.replaceFrom(database, Optional.of(day(37)), recent(41), SELECT);

            assertThat(maskRows(database)).containsExactly("1 " + bits(20, 31));
            assertThat(days(database)).containsExactly("1 " + bits(20, 31, 34), "2 " + bits(36, 37, 41));
        }
    }

    @Test
    void dayRowsAWeekOlderThanTheLatestWeekAreFoldedIntoTheMasks() {
        try (var database = Database.open(tmp)) {
            var masks = givenTables(database);
            add(database, 1, 20, 33, 34);
            masks.replaceFrom(database, Optional.empty(), recent(34), SELECT);
            add(database, 1, 41);
            masks.replaceFrom(database, Optional.of(day(41)), recent(41), SELECT);
            assertThat(dayRows(database)).as("day 33 is not yet a week older than the latest week, 35 to 41").isEqualTo(3);

            add(database, 1, 50);
            masks.replaceFrom(database, Optional.of(day(50)), recent(50), SELECT);

            assertThat(maskRows(database)).containsExactly("1 " + bits(20, 33, 34, 41));
            assertThat(dayRows(database)).isEqualTo(1);
            assertThat(days(database)).containsExactly("1 " + bits(20, 33, 34, 41, 50));
        }
    }

    @Test
    void aRefreshFromADayTheMasksHoldClearsTheirDaysFromIt() {
        try (var database = Database.open(tmp)) {
            var masks = givenTables(database);
            add(database, 1, 2, 15, 20, 40);
            add(database, 2, 16, 70);
            masks.replaceFrom(database, Optional.empty(), recent(70), SELECT);
            database.execute("DELETE FROM days WHERE k = 1 AND day = " + date(20));
            database.execute("DELETE FROM days WHERE k = 2");

            masks.replaceFrom(database, Optional.of(day(15)), recent(70), SELECT);

            assertThat(days(database)).containsExactly("1 " + bits(2, 15, 40));
        }
    }

    @Test
    void moreDayRowsThanTheBudgetAreFoldedUntilTheRestFitButTheLatestDayStays() {
        try (var database = Database.open(tmp)) {
            var masks = givenTables(database);
            add(database, 1, 20, 36, 37, 38);
            add(database, 2, 37, 38);
            masks.replaceFrom(database, Optional.empty(), new RecentDays(day(38), 3), SELECT);
            assertThat(dayRows(database)).as("days 37 and 38: four rows").isEqualTo(2);

            for (int k = 3; k <= 7; k++) {
                add(database, k, 39);
            }
            masks.replaceFrom(database, Optional.of(day(39)), new RecentDays(day(39), 3), SELECT);
            assertThat(dayRows(database)).as("seven day rows, more than twice the budget: day 39's five do not fit, but stay")
                    .isEqualTo(5);
            assertThat(maskRows(database)).as("day 38 folded").containsExactly("1 " + bits(20, 36, 37, 38), "2 " + bits(37, 38));
            assertThat(days(database)).containsExactly("1 " + bits(20, 36, 37, 38), "2 " + bits(37, 38), "3 " + bits(39),
                    "4 " + bits(39), "5 " + bits(39), "6 " + bits(39), "7 " + bits(39));
        }
    }

    @Test
    void rowsAddedOrRemovedAfterTheLineAreSeenAsTheyAreAndLeaveTheMasksAlone() {
        try (var database = Database.open(tmp)) {
            var masks = givenTables(database);
            add(database, 1, 20, 36);
            add(database, 2, 36, 37);
            masks.replaceFrom(database, Optional.empty(), recent(37), SELECT);
            database.execute("DELETE FROM days WHERE k = 2 AND day = " + date(37));
            add(database, 1, 36, 38);
            add(database, 2, 38);

            masks.replaceFrom(database, Optional.of(day(36)), recent(38), SELECT);

            assertThat(maskRows(database)).containsExactly("1 " + bits(20));
            assertThat(days(database)).containsExactly("1 " + bits(20, 36, 38), "2 " + bits(36, 38));
            assertThat(dayRows(database)).as("1's day 36 twice: harmless to days seen").isEqualTo(5);
        }
    }

    @Test
    void aFoldMovesTheDaysBeforeTheNewLineIntoTheMasksWhileTheRowsThemselvesStay() {
        try (var database = Database.open(tmp)) {
            var masks = givenTables(database);
            add(database, 1, 20, 33, 33, 34);
            masks.replaceFrom(database, Optional.empty(), recent(34), SELECT);
            add(database, 1, 50);

            masks.replaceFrom(database, Optional.of(day(50)), recent(50), SELECT);

            assertThat(maskRows(database)).containsExactly("1 " + bits(20, 33, 34));
            assertThat(dayRows(database)).isEqualTo(1);
            assertThat(database.sql().queryLong("SELECT count(*) FROM days")).as("the rows themselves stay").isEqualTo(5);
        }
    }

    private static MaskTable givenTables(Database database) {
        database.execute("CREATE TABLE days (k INTEGER, day DATE)");
        database.execute("CREATE TABLE masks (k INTEGER NOT NULL, word INTEGER NOT NULL, seen BIGINT NOT NULL)");
        MASKS.createDayRows(database, SELECT);
        return MASKS;
    }

    /** The latest day, and a budget no test reaches. */
    private static RecentDays recent(int latest) {
        return new RecentDays(day(latest), 1_000);
    }

    private static LocalDate day(int offset) {
        return WORD_START.plusDays(offset);
    }

    private static String date(int offset) {
        return "DATE '" + day(offset) + "'";
    }

    private static void add(Database database, int k, int... days) {
        for (int day : days) {
            database.execute("INSERT INTO days VALUES (" + k + ", " + date(day) + ")");
        }
    }

    /** What readers see: the masks and the day rows together, per key and word. */
    private static List<String> days(Database database) {
        return database.sql().query("SELECT k, bit_or(seen) FROM (" + MASKS.rows() + ") GROUP BY k, word ORDER BY k, word",
                row -> row.getInt(1) + " " + row.getLong(2));
    }

    private static List<String> maskRows(Database database) {
        return database.sql().query("SELECT k, seen FROM masks ORDER BY k, word", row -> row.getInt(1) + " " + row.getLong(2));
    }

    private static long dayRows(Database database) {
        return database.sql().queryLong("SELECT count(*) FROM masks_recent");
    }

    private static long bits(int... offsets) {
        long bits = 0;
        for (int offset : offsets) {
            bits |= 1L << offset;
        }
        return bits;
    }
}
