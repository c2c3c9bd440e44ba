package dev.outward.inconvenience;

import java.util.List;
import java.util.OptionalDouble;

/** One kind of inconvenience: how many, how many distinct customers, its share of all, and the count per week. */
public record RuleFigures(RuleId rule, long inconveniences, long customers, OptionalDouble share, List<Long> weekly) {
}
