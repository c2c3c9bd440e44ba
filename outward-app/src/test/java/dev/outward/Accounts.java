package dev.outward;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.outward.users.Role;
import dev.outward.users.UserName;
import dev.outward.users.Users;

/** One user per role, with known passwords, added once per data directory. */
public final class Accounts {

    public static final String ADMIN_PASSWORD = "first-admin-password";
    public static final String PASSWORD = "a-long-test-password";
    public static final String METRICS_TOKEN = "metrics-token-for-tests-0123456789";

    private Accounts() {
    }

    public static void ensure(Users users) {
        for (Role role : Role.values()) {
            var name = new UserName(role.name().toLowerCase());
            if (users.find(name).isEmpty()) {
                users.add(name, role, PASSWORD.toCharArray());
            }
        }
    }

    /** Signed in on the pages, as after the login form. */
    public static RequestPostProcessor page(Role role) {
        return user(name(role)).roles(role.name());
    }

    /** HTTP Basic on the API, checked against the stored BCrypt hash. */
    public static RequestPostProcessor api(Role role) {
        return httpBasic(name(role), password(role));
    }

    /** The admin is the first user, made at start from {@code OUTWARD_ADMIN_PASSWORD}; the others are added here. */
    public static String password(Role role) {
        return role == Role.ADMIN ? ADMIN_PASSWORD : PASSWORD;
    }

    public static String name(Role role) {
        return role.name().toLowerCase();
    }
}
