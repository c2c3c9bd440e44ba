package dev.outward.demo;

import java.util.SplittableRandom;

/** How long customers wait and talk, by channel. Right-skewed: most calls are answered fast, some take ages. */
final class Waits {
    private Waits() {
    }

    /** Seconds in the queue; for email, seconds until the first reply. */
    static double queue(SplittableRandom random, String channel) {
        return switch (channel) {
            case "phone" -> Draw.skewed(random, 95, 0.95);
            case "chat" -> Draw.skewed(random, 40, 1.0);
            default -> Draw.skewed(random, 5 * Times.HOUR, 0.8);
        };
    }

    /** Seconds of handling, longer with every transfer. */
    static double handling(SplittableRandom random, String channel, int transfers) {
        double median = switch (channel) {
            case "phone" -> 330;
            case "chat" -> 540;
            default -> 240;
        };
        return Draw.skewed(random, median, 0.5) + transfers * Draw.skewed(random, 150, 0.5);
    }

    /** Transfers between agents: unresolved contacts were passed around more. */
    static int transfers(SplittableRandom random, boolean resolved) {
        double u = random.nextDouble();
        if (resolved) {
            return u < 0.85 ? 0 : u < 0.97 ? 1 : 2;
        }
        return u < 0.55 ? 0 : u < 0.85 ? 1 : u < 0.95 ? 2 : 3;
    }
}
