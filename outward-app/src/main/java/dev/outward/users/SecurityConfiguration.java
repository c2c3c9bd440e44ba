package dev.outward.users;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import dev.outward.server.Store;

/**
 * Who may open what, in one place. Two chains: the API and actuator (HTTP Basic or a bearer token on every call,
 * no session, so no CSRF to guard and JSON refusals), and the pages (form login, a session cookie, CSRF on every
 * form, a redirect to the login page). Everything needs a signed-in user except the login page, static files and
 * health. Rules name the least role; {@link Role}'s order makes higher roles pass too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsersSettings.class)
class SecurityConfiguration {

    private static final String[] OPEN = {"/login", "/assets/**", "/webjars/**", "/favicon.ico", "/error"};

    /** The report's aggregates: what the viewer's pages show. Every other API route is the admin's. */
    private static final String[] VIEWER_API = {"/api/v1/report", "/api/v1/weeks", "/api/v1/services", "/api/v1/services/*",
            "/api/v1/rules", "/api/v1/retention", "/api/v1/relationship-depth", "/api/v1/detection/runs", "/v3/api-docs",
            "/v3/api-docs/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    Users users(Store store, PasswordEncoder passwords) {
        return new Users(store, passwords);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name()).implies(Role.ANALYST.name())
                .role(Role.ANALYST.name()).implies(Role.VIEWER.name()).build();
    }

    @Bean
    AuthenticationManager authenticationManager(SignIn signIn) {
        return new ProviderManager(signIn);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager manager, ApiTokens tokens, Users users,
                            UsersSettings settings) {
        var problems = new JsonProblems();
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/prometheus").hasAnyAuthority(Role.ADMIN.authority(), Principals.METRICS)
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers("/api/v1/customers/**", "/api/v1/rules/*/occurrences").hasRole(Role.ANALYST.name())
                        .requestMatchers(HttpMethod.GET, VIEWER_API).hasRole(Role.VIEWER.name())
                        // The Data page's figures (stats, imports with their server paths, the quarantine) and
                        // whatever is added later stay with the admin until a rule above opens them.
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .authenticationManager(manager)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .addFilterBefore(new BearerTokens(tokens, users, settings, problems), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Credentials come with every call and no cookie is read: there is no session to forge requests with.
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .headers(Headers::strict);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, AuthenticationManager manager, SessionRegistry sessions) {
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers(OPEN).permitAll()
                        .requestMatchers("/admin/**", "/data/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/customer", "/customer/**", "/inconvenience-types/*/occurrences.csv").hasRole(Role.ANALYST.name())
                        .anyRequest().hasRole(Role.VIEWER.name()))
                .authenticationManager(manager)
                .formLogin(form -> form.loginPage("/login").failureHandler(new LoginFailures()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"))
                .headers(Headers::strict);
        return http.build();
    }
}
