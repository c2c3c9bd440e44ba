package dev.outward.events;

/**
 * Strict RFC 3339 parsing straight to epoch microseconds (UTC).
 * <p>
 * Hand-written rather than {@code OffsetDateTime.parse} because the importer parses a timestamp per row at
 * a million rows a second, and because RFC 3339 demands an offset that lenient parsers quietly assume.
 */
final class Timestamps {

    static final long INVALID = Long.MIN_VALUE;

    private Timestamps() {
    }

    /** Epoch microseconds of an RFC 3339 timestamp with offset, or {@link #INVALID}. */
    static long parseMicros(String s) {
        int n = s.length();
        if (n < 20 || !date(s) || !(s.charAt(10) == 'T' || s.charAt(10) == 't')
                || !digits(s, 11, 2) || s.charAt(13) != ':' || !digits(s, 14, 2) || s.charAt(16) != ':' || !digits(s, 17, 2)) {
            return INVALID;
        }
        int hour = num(s, 11, 2), minute = num(s, 14, 2), second = num(s, 17, 2);
        long micros = 0;
        int i = 19;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            int length = i - start;
            if (length == 0 || length > 9) {
                return INVALID;
            }
            long fraction = Long.parseLong(s, start, start + Math.min(length, 6), 10);
            for (int k = length; k < 6; k++) {
                fraction *= 10;
            }
            micros = fraction;
        }
        if (i >= n) {
            return INVALID;
        }
        int offsetSeconds;
        char sign = s.charAt(i);
        if ((sign == 'Z' || sign == 'z') && i + 1 == n) {
            offsetSeconds = 0;
        } else if ((sign == '+' || sign == '-') && i + 6 == n && digits(s, i + 1, 2) && s.charAt(i + 3) == ':'
                && digits(s, i + 4, 2)) {
            int hours = num(s, i + 1, 2), minutes = num(s, i + 4, 2);
            if (hours > 23 || minutes > 59) {
                return INVALID;
            }
            offsetSeconds = (sign == '+' ? 1 : -1) * (hours * 3600 + minutes * 60);
        } else {
            return INVALID;
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return INVALID;
        }
        long days = epochDay(s);
        if (days == INVALID) {
            return INVALID;
        }
        long seconds = days * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return seconds * 1_000_000 + micros;
    }

    /** Epoch day of a {@code YYYY-MM-DD} date, or {@link #INVALID}. */
    static long parseDate(String s) {
        return s.length() == 10 && date(s) ? epochDay(s) : INVALID;
    }

    private static boolean date(String s) {
        return digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 2) && s.charAt(7) == '-' && digits(s, 8, 2);
    }

    private static long epochDay(String s) {
        int year = num(s, 0, 4), month = num(s, 5, 2), day = num(s, 8, 2);
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return INVALID;
        }
        return daysFromCivil(year, month, day);
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm), without allocating a LocalDate. */
    private static long daysFromCivil(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    private static boolean digits(String s, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            value = value * 10 + (s.charAt(i) - '0');
        }
        return value;
    }
}
