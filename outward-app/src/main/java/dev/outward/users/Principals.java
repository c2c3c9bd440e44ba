package dev.outward.users;

import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in form of a user. The principal is a Spring Security {@code User} because the session registry
 * finds a user's sessions by its equality (the name), which ends them when an admin changes the role or deletes it.
 */
final class Principals {

    static final String METRICS = "METRICS";

    private Principals() {
    }

    static Authentication of(User user) {
        var authorities = List.of(new SimpleGrantedAuthority(user.role().authority()));
        var principal = new org.springframework.security.core.userdetails.User(user.name().value(), "", authorities);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /** The scraper of {@code /actuator/prometheus}: may read metrics, nothing else. */
    static Authentication metrics() {
        return UsernamePasswordAuthenticationToken.authenticated("metrics", null, List.of(new SimpleGrantedAuthority(METRICS)));
    }
}
