package dev.outward.inconvenience;

import java.util.OptionalDouble;

/**
 * Of the customers active in a period with this many inconveniences in it: how many closed their account (an
 * {@code account} event with action {@code close}) in the period, and their share.
 */
public record RetentionFigures(Bucket bucket, long customers, long closed, OptionalDouble closedShare) {
}
