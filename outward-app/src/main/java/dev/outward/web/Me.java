package dev.outward.web;

import org.springframework.security.core.Authentication;

/**
 * The signed-in user as the layout needs it: name, and which navigation entries to show. Hiding an entry is a
 * courtesy; the access rules refuse the page anyway.
 */
public record Me(String name, String role) {

    static Me of(Authentication authentication) {
        String role = authentication.getAuthorities().stream().map(Object::toString)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).findFirst().orElse("VIEWER");
        return new Me(authentication.getName(), role);
    }

    public boolean admin() {
        return role.equals("ADMIN");
    }

    public boolean analyst() {
        return admin() || role.equals("ANALYST");
    }
}
