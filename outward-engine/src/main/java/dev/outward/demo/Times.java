package dev.outward.demo;

import java.util.SplittableRandom;

/** Time arithmetic on epoch seconds (UTC): the generator never touches a clock or a time zone. */
final class Times {
    static final long MINUTE = 60;
    static final long HOUR = 3_600;
    static final long DAY = 86_400;

    private static final int OPENS = 8;
    private static final int CLOSES = 20;

    private Times() {
    }

    static long dayStart(long time) {
        return Math.floorDiv(time, DAY) * DAY;
    }

    /** A random moment between two hours of the day that {@code time} falls on. */
    static long during(SplittableRandom random, long time, int fromHour, int toHour) {
        return dayStart(time) + fromHour * HOUR + random.nextLong((toHour - fromHour) * HOUR);
    }

    /** A random moment between the hours on a random day in [from, to), never before {@code from}. */
    static long someday(SplittableRandom random, long from, long to, int fromHour, int toHour) {
        return Math.max(from, during(random, Draw.between(random, from, to), fromHour, toHour));
    }

    /** The first moment a contact centre open from 08:00 to 20:00 would pick up, a little after {@code time}. */
    static long whenOpen(SplittableRandom random, long time) {
        long hour = (time - dayStart(time)) / HOUR;
        if (hour < OPENS) {
            return dayStart(time) + OPENS * HOUR + random.nextLong(HOUR);
        }
        if (hour >= CLOSES) {
            return dayStart(time) + DAY + OPENS * HOUR + random.nextLong(2 * HOUR);
        }
        return time;
    }
}
