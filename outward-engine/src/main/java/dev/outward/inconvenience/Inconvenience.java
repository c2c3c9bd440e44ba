package dev.outward.inconvenience;

import java.time.Instant;
import java.util.Optional;

import dev.outward.events.CustomerId;
import dev.outward.services.ServiceId;

/**
 * One time one customer was inconvenienced, as a rule counted it.
 *
 * @param time    the time of the event it is counted on
 * @param service the service it is traced to, {@link ServiceId#UNATTRIBUTED} when that event names none
 * @param channel the channel of the event it is counted on, when known
 * @param event   the event it is counted on
 * @param cause   the earlier event that caused it, for rules that have one (repeat, followed-by)
 */
public record Inconvenience(RuleId rule, CustomerId customer, Instant time, ServiceId service, Optional<String> channel,
                            EventRef event, Optional<EventRef> cause) {
}
