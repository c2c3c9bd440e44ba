package dev.outward.demo;

import java.util.SplittableRandom;

/**
 * Random draws. Uses {@link StrictMath} and its own Gaussian so that the same seed gives the same file on every JVM
 * and platform, not just on this one.
 */
final class Draw {
    private Draw() {
    }

    /** An independent random stream for one customer (or, with a negative index, for company-wide events). */
    static SplittableRandom stream(long seed, long index) {
        long z = seed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return new SplittableRandom(z ^ (z >>> 31));
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** A long in [from, to), or {@code from} when the range is empty. */
    static long between(SplittableRandom random, long from, long to) {
        return to > from ? from + random.nextLong(to - from) : from;
    }

    static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    static int poisson(SplittableRandom random, double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * Math.PI * random.nextDouble());
    }

    /** A right-skewed positive value: half the draws are below {@code median}, a few are many times it. */
    static double skewed(SplittableRandom random, double median, double spread) {
        return median * StrictMath.exp(spread * gaussian(random));
    }
}
