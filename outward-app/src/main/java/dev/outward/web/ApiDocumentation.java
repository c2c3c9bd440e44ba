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
        description = "Counts of stored events, imports and the quarantine; a customer's events for analysts."),
        security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "token")})
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A personal API token from the My tokens page")
class ApiDocumentation {
}
