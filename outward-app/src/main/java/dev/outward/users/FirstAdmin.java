package dev.outward.users;

import java.security.SecureRandom;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * A store without users gets an {@code admin}, so that a fresh start can be signed into. A generated password is
 * printed to the console once, never to the log: logs are kept and shipped, the console is the person starting it.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Users users;
    private final UsersSettings settings;

    FirstAdmin(Users users, UsersSettings settings) {
        this.users = users;
        this.settings = settings;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (users.count() > 0) {
            return;
        }
        var admin = new UserName("admin");
        if (settings.adminPassword() != null) {
            users.add(admin, Role.ADMIN, settings.adminPassword().toCharArray());
            System.out.println("Created user admin with the password from OUTWARD_ADMIN_PASSWORD.");
        } else {
            String password = randomPassword();
            users.add(admin, Role.ADMIN, password.toCharArray());
            System.out.println("Created user admin with password " + password + "  (shown only this once)");
        }
        System.out.flush();
    }

    static String randomPassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
