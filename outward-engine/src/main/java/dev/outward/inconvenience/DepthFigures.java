package dev.outward.inconvenience;

import java.util.OptionalDouble;

/**
 * How deep the relationship is of the customers active in a period with this many inconveniences in it, on average:
 * products held at the end of the period (product adds minus removes, never below 0), tenure in years at the end of
 * the period (from the {@code since} of their latest profile stating one; customers without one are left out of this
 * average), and spend in the period (payments not failed).
 */
public record DepthFigures(Bucket bucket, long customers, OptionalDouble products, OptionalDouble tenureYears,
                           OptionalDouble spend) {
}
