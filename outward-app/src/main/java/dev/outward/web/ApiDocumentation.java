package dev.outward.web;

import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document at {@code /v3/api-docs}: what the API offers and how to sign in to it. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Outward API", version = "v1",
        description = "Every figure of the report pages as JSON, for the pages' optional filters (from, to: YYYY-MM-DD, "
                + "inclusive, UTC; channel, segment, service): the report (exactly `outward report --format json`), weeks, "
                + "services, rules, retention, relationship depth, detection runs. For analysts, a rule's occurrences and a "
                + "customer's timeline and events. Stored events, imports (POST one as an admin) and the quarantine. "
                + "A request to fix is answered 400 problem+json whose detail says what to change."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from the My tokens page")
class ApiDocumentation {
}
