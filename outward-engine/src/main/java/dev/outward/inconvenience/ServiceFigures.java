package dev.outward.inconvenience;

import java.util.List;
import java.util.OptionalDouble;

import dev.outward.services.ServiceId;

/**
 * The inconveniences traced to one IT service: how many, how many distinct customers they reached, per 1,000 active
 * customers, the service's share of all inconveniences under the same filter, and the count per week.
 */
public record ServiceFigures(ServiceId service, long inconveniences, long customers, OptionalDouble per1000Customers,
                             OptionalDouble share, List<Long> weekly) {
}
