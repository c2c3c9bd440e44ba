package dev.outward.collect;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import dev.outward.events.EventStore;
import dev.outward.store.Database;

/** The collection API: its engine objects, and its own security chain, since SDKs sign with write keys, not users. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CollectProperties.class)
class CollectConfiguration {

    @Bean(destroyMethod = "close")
    Collection collection(Database database, CollectProperties properties) {
        return new Collection(database.dataDir(), properties.engine());
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    Applier applier(Collection collection, EventStore events) {
        return collection.applier(events);
    }

    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<RawBody> rawBody(CollectProperties properties) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new RawBody(properties.maxRequestBytes()));
        registration.addUrlPatterns("/v1/*");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    org.springframework.boot.web.servlet.ServletRegistrationBean<TrackingApi> trackingApi(Collection collection, SourceKeys keys,
            CollectProperties properties, CollectMetrics metrics) {
        var registration = new org.springframework.boot.web.servlet.ServletRegistrationBean<>(
                new TrackingApi(collection, keys, properties, metrics), "/v1/*");
        registration.setLoadOnStartup(1);
        return registration;
    }

    @Bean
    SourceKeys sourceKeys(Database database) {
        return new SourceKeys(database);
    }

    /**
     * Open to every caller at the filter level: the write key (Basic user name or {@code writeKey} in the body) is
     * checked by the controller, which must read the body to find it. No session, no cookie, so no CSRF; CORS lets
     * browser SDKs post from any site, as they do to Segment.
     */
    @Bean
    @Order(0)
    SecurityFilterChain collectSecurity(HttpSecurity http) {
        var cors = new CorsConfiguration();
        cors.addAllowedOriginPattern("*");
        cors.addAllowedMethod("POST");
        cors.addAllowedMethod("OPTIONS");
        cors.addAllowedHeader("*");
        cors.setMaxAge(86_400L);
        var corsSource = new UrlBasedCorsConfigurationSource();
        // Every path: this chain only sees /v1/**, and a servlet's own requests are looked up by their path within
        // its mapping ("/track"), not by the full path.
        corsSource.registerCorsConfiguration("/**", cors);
        http.securityMatcher("/v1/**")
                .authorizeHttpRequests(rules -> rules.anyRequest().permitAll())
                .cors(c -> c.configurationSource(corsSource))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable());
        return http.build();
    }
}
