package dev.outward.inconvenience;

import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * One week (Monday to Sunday, UTC; the first and last week of a period cover only its days) of the figures the report
 * gives for a whole period: inconveniences and complaints, and the contact centre's inbound and served contacts,
 * average handle time, first-contact resolution and repeat rate (empty when there is nothing to divide by, or when
 * the {@code repeat-contact} rule is disabled).
 */
public record WeekFigures(LocalDate week, long inconveniences, long complaints, long inbound, long served,
                          OptionalDouble ahtSeconds, OptionalDouble fcr, OptionalDouble repeatRate) {
}
