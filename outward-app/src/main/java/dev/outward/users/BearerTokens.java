package dev.outward.users;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer …} on the API: a personal API token, or the metrics token for the Prometheus
 * scraper. A wrong token is answered 401 at once rather than passed on as anonymous: the caller meant to sign in.
 * Not a bean, so that Boot does not also register it for every request outside the API chain.
 */
final class BearerTokens extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final Users users;
    private final UsersSettings settings;
    private final JsonProblems problems;

    BearerTokens(ApiTokens tokens, Users users, UsersSettings settings, JsonProblems problems) {
        this.tokens = tokens;
        this.users = users;
        this.settings = settings;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Authentication signedIn = signIn(header.substring(7).trim());
        if (signedIn == null) {
            problems.commence(request, response, new BadCredentialsException("Unknown or revoked API token"));
            return;
        }
        var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
        chain.doFilter(request, response);
    }

    private Authentication signIn(String secret) {
        if (settings.metricsToken() != null && MessageDigest.isEqual(secret.getBytes(StandardCharsets.UTF_8),
                settings.metricsToken().getBytes(StandardCharsets.UTF_8))) {
            return Principals.metrics();
        }
        return tokens.userOf(secret).flatMap(users::find).map(Principals::of).orElse(null);
    }
}
