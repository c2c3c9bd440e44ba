package dev.outward.users;

import java.util.Locale;

/** What a user may see; each role sees everything the roles after it see. */
public enum Role {
    ADMIN, ANALYST, VIEWER;

    /** The Spring Security authority, such as {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public boolean covers(Role other) {
        return ordinal() <= other.ordinal();
    }

    public static Role parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("A role is ADMIN, ANALYST or VIEWER; got '" + text + "'");
        }
    }

    static Role ofAuthority(String authority) {
        return parse(authority.substring("ROLE_".length()));
    }
}
