package dev.outward.users;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;

/** Roles are enforced on the server for every page and API route, whatever the navigation shows. */
@ServerTest
class AccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @BeforeEach
    void accounts() {
        Accounts.ensure(users);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/services", "/inconvenience-types", "/contact-centre", "/retention",
            "/relationship-depth", "/customer", "/data", "/admin/users", "/tokens", "/data/stored.csv", "/services/billing",
            "/inconvenience-types/repeat-contact", "/services.csv", "/weeks.csv", "/retention.csv", "/data/runs.csv",
            "/inconvenience-types/repeat-contact/occurrences.csv"})
    void anonymous_visitors_of_pages_are_sent_to_the_login_page(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/stats", "/api/v1/imports", "/api/v1/quarantine", "/api/v1/customers/c1/events",
            "/v3/api-docs", "/actuator/prometheus", "/api/v1/report", "/api/v1/weeks", "/api/v1/services", "/api/v1/services/billing",
            "/api/v1/rules", "/api/v1/rules/repeat-contact/occurrences", "/api/v1/retention", "/api/v1/relationship-depth",
            "/api/v1/customers/c1/timeline", "/api/v1/detection/runs"})
    void anonymous_callers_of_the_api_get_401_as_json(String route) throws Exception {
        mvc.perform(get(route)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/actuator/health", "/assets/css/outward.css", "/assets/js/outward.js",
            "/webjars/htmx.org/dist/htmx.min.js", "/webjars/echarts/dist/echarts.min.js"})
    void login_page_static_files_and_health_need_no_sign_in(String open) throws Exception {
        mvc.perform(get(open)).andExpect(status().isOk());
    }

    @Test
    void a_viewer_sees_aggregates_but_no_customer_page_nor_customer_api() throws Exception {
        var viewer = Accounts.page(Role.VIEWER);
        mvc.perform(get("/").with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/report").with(Accounts.api(Role.VIEWER))).andExpect(status().isOk());
        mvc.perform(get("/customer").param("id", "c1").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/customer/timeline.csv").param("id", "c1").with(viewer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/customers/c1/events").with(Accounts.api(Role.VIEWER))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        for (String route : new String[] {"/api/v1/report", "/api/v1/services", "/api/v1/rules", "/api/v1/retention"}) {
            mvc.perform(get(route).with(Accounts.api(Role.VIEWER))).andExpect(status().isOk());
        }
        mvc.perform(get("/inconvenience-types/repeat-contact").with(viewer)).andExpect(status().isOk());
        mvc.perform(get("/inconvenience-types/repeat-contact/occurrences.csv").with(viewer)).andExpect(status().isForbidden());
        for (String customerLevel : new String[] {"/api/v1/customers/c1/timeline", "/api/v1/rules/repeat-contact/occurrences"}) {
            mvc.perform(get(customerLevel).with(Accounts.api(Role.VIEWER))).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }

    @Test
    void an_analyst_sees_customers_but_no_admin_page_nor_admin_api() throws Exception {
        var analyst = Accounts.page(Role.ANALYST);
        mvc.perform(get("/customer").param("id", "c1").with(analyst)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/c1/events").with(Accounts.api(Role.ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/c1/timeline").with(Accounts.api(Role.ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/rules/repeat-contact/occurrences").with(Accounts.api(Role.ANALYST))).andExpect(status().isOk());
        mvc.perform(get("/inconvenience-types/repeat-contact/occurrences.csv").with(analyst)).andExpect(status().isOk());
        for (String adminOnly : new String[] {"/data", "/data/quarantine.csv", "/admin/users", "/admin/users.csv"}) {
            mvc.perform(get(adminOnly).with(analyst)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/quarantine").with(Accounts.api(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(Accounts.api(Role.ANALYST))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/stats", "/api/v1/imports", "/api/v1/quarantine"})
    void the_data_pages_figures_on_the_api_are_the_admins_like_the_page(String route) throws Exception {
        for (Role role : new Role[] {Role.VIEWER, Role.ANALYST}) {
            mvc.perform(get(route).with(Accounts.api(role))).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get(route).with(Accounts.api(Role.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void an_api_route_no_rule_opens_is_the_admins() throws Exception {
        mvc.perform(get("/api/v1/not-yet-written").with(Accounts.api(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/not-yet-written").with(Accounts.api(Role.ADMIN))).andExpect(status().isNotFound());
    }

    @Test
    void an_admin_opens_everything() throws Exception {
        for (String page : new String[] {"/data", "/admin/users", "/customer", "/tokens"}) {
            mvc.perform(get(page).with(Accounts.page(Role.ADMIN))).andExpect(status().isOk());
        }
        for (String route : new String[] {"/api/v1/quarantine", "/actuator/prometheus", "/v3/api-docs"}) {
            mvc.perform(get(route).with(Accounts.api(Role.ADMIN))).andExpect(status().isOk());
        }
    }

    @Test
    void the_metrics_token_reads_prometheus_and_nothing_else() throws Exception {
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + Accounts.METRICS_TOKEN))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("outward_events_stored_total")));
        mvc.perform(get("/api/v1/stats").header("Authorization", "Bearer " + Accounts.METRICS_TOKEN))
                .andExpect(status().isForbidden());
    }

    @Test
    void every_answer_carries_the_security_headers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.startsWith("default-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }
}
