package dev.outward.users;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a name and password, for the login form and HTTP Basic alike, so both are throttled. An unknown name costs
 * the same BCrypt check as a known one: the time taken must not tell which names exist.
 */
@Component
class SignIn implements AuthenticationProvider {

    private final Users users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final String unknownUserHash;

    SignIn(Users users, PasswordEncoder passwords, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.unknownUserHash = passwords.encode("no such user, no such password");
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String name = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
        var locked = throttle.locked(name, address);
        if (locked.isPresent()) {
            throw new SignInLocked(locked.get());
        }
        UserName userName = parse(name);
        var hash = userName == null ? java.util.Optional.<String>empty() : users.passwordHash(userName);
        String password = String.valueOf(attempt.getCredentials());
        boolean matches = passwords.matches(password, hash.orElse(unknownUserHash)) && hash.isPresent();
        var user = matches ? users.find(userName) : java.util.Optional.<User>empty();
        if (user.isEmpty()) {
            throttle.failed(name, address);
            throw new BadCredentialsException("Wrong user name or password");
        }
        throttle.succeeded(name);
        return Principals.of(user.get());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static UserName parse(String name) {
        try {
            return new UserName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
