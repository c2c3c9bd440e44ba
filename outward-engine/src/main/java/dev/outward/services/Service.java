package dev.outward.services;

import java.util.Optional;

/** An IT service with the name people know it by and the team that owns it, when services.yaml says so. */
public record Service(ServiceId id, String name, Optional<String> owner) {

    /** A service nobody described: it still appears, named by its id. */
    static Service unknown(ServiceId id) {
        return new Service(id, id.value(), Optional.empty());
    }
}
