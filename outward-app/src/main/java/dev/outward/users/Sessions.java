package dev.outward.users;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/** Ends a user's sessions, so that a new role or a deletion counts from their next click, not their next login. */
@Component
class Sessions {

    private final SessionRegistry registry;

    Sessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void end(UserName name) {
        registry.getAllPrincipals().stream()
                .filter(p -> p instanceof org.springframework.security.core.userdetails.User u && u.getUsername().equals(name.value()))
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
