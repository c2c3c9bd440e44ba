package dev.outward.inconvenience;

import java.util.List;

import dev.outward.services.ServiceId;

/** The channels, services and segments detection has seen: what a filter can choose from. */
public record Dimensions(List<String> channels, List<ServiceId> services, List<String> segments) {

    public Dimensions {
        channels = List.copyOf(channels);
        services = List.copyOf(services);
        segments = List.copyOf(segments);
    }
}
