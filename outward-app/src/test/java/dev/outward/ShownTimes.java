package dev.outward;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/** Pages and CSVs show a time in one form: ISO-8601, UTC, to the second. */
public final class ShownTimes {

    /** Anything that looks like a date and a time, so that another form is found rather than skipped. */
    private static final Pattern TIME_LIKE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d[0-9:.+\\-Z]*");
    private static final String UTC_TO_THE_SECOND = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    private ShownTimes() {
    }

    /** Every time in the text is like 2026-11-24T02:30:12Z, and there is at least one. */
    public static void assertUtcToTheSecond(String text) {
        var times = TIME_LIKE.matcher(text).results().map(java.util.regex.MatchResult::group).toList();
        assertThat(times).as("times shown").isNotEmpty().allSatisfy(time -> assertThat(time).matches(UTC_TO_THE_SECOND));
    }
}
