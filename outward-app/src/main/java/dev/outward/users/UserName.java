package dev.outward.users;

import java.util.Locale;
import java.util.regex.Pattern;

/** A sign-in name: lower-case so that {@code Admin} and {@code admin} cannot be two users. */
public record UserName(String value) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{0,63}");

    public UserName {
        value = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("A user name is 1-64 letters, digits, '.', '_', '@' or '-'; got '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
