package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.DemoServerTest;
import dev.outward.users.Role;
import dev.outward.users.Users;

/**
 * A request the caller must fix is answered 400 with what to change, never an empty body or a 500: the pages and
 * their CSV downloads with the error page and its reason, the API with problem+json and its detail.
 */
@DemoServerTest
class BadRequestsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @BeforeEach
    void accounts() {
        Accounts.ensure(users);
    }

    @ParameterizedTest
    @CsvSource({"/, from, 2026-13-45", "/, from, yesterday", "/services, to, 2026-02-30", "/contact-centre, from, 2026-1-5",
            "/services.csv, from, yesterday", "/weeks.csv, to, 2026-02-30", "/services/billing, from, nope"})
    void a_date_that_is_not_one_gets_a_page_naming_the_parameter_the_value_and_the_form(String path, String parameter,
                                                                                       String value) throws Exception {
        String html = mvc.perform(get(path).param(parameter, value).with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("These filters cannot be used.", parameter + " is &quot;" + value + "&quot;", "YYYY-MM-DD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/data", "/customer", "/tokens"})
    void a_date_that_is_not_one_gets_a_page_naming_it_on_pages_without_a_filter_bar_too(String path) throws Exception {
        String html = mvc.perform(get(path).param("from", "yesterday").with(Accounts.page(Role.ADMIN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("from is &quot;yesterday&quot;, which is not a date: expected YYYY-MM-DD");
    }

    @ParameterizedTest
    @CsvSource({"/services, from, yesterday", "/data, to, 2026-02-30", "/retention, from, 2026-03-01&to=2026-01-01"})
    void the_400_page_has_the_navigation_and_the_user_menu_of_every_page_with_links_that_drop_the_filters(String path,
                                                                                                          String parameter,
                                                                                                          String value) throws Exception {
        String html = mvc.perform(get(path + "?" + parameter + "=" + value).with(Accounts.page(Role.ADMIN)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("These filters cannot be used.", "<nav aria-label=\"Pages\"", "href=\"/services\"",
                "href=\"/data\"", "href=\"/tokens\"", "Log out").doesNotContain("?from=", "?to=");
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/report, from, 2026-13-45", "/api/v1/weeks, to, 2026-02-30", "/api/v1/services, from, yesterday",
            "/api/v1/services/billing, to, 31.12.2026", "/api/v1/rules, from, 2026", "/api/v1/retention, to, x",
            "/api/v1/relationship-depth, from, 2026-02-29"})
    void a_date_that_is_not_one_gets_a_problem_naming_the_parameter_the_value_and_the_form(String path, String parameter,
                                                                                          String value) throws Exception {
        mvc.perform(get(path).param(parameter, value).with(Accounts.api(Role.VIEWER))).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(parameter + " is \"" + value + "\", which is not a date: expected YYYY-MM-DD, e.g. 2026-03-31"));
    }

    @ParameterizedTest
    @CsvSource({"/, from, -999999999-01-01", "/services, to, +999999999-12-31", "/retention.csv, from, 0000-12-31",
            "/api/v1/report, from, -999999999-01-01", "/api/v1/services, to, +10000-01-01"})
    void a_date_beyond_four_digit_years_is_refused_with_the_range(String path, String parameter, String value) throws Exception {
        var response = mvc.perform(get(path).param(parameter, value)
                        .with(path.startsWith("/api") ? Accounts.api(Role.VIEWER) : Accounts.page(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andReturn().getResponse();
        assertThat(response.getContentAsString()).contains(parameter + " date " + value + " is out of range: years 1 to 9999");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "10001"})
    void a_limit_out_of_range_is_refused_with_the_range_not_quietly_changed(String limit) throws Exception {
        mvc.perform(get("/api/v1/rules/repeat-contact/occurrences").param("limit", limit).with(Accounts.api(Role.ANALYST)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("limit must be between 1 and 10000, not " + limit));
        mvc.perform(get("/api/v1/customers/anyone/timeline").param("limit", limit).with(Accounts.api(Role.ANALYST)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.startsWith("limit must be between 1 and 2000")));
        mvc.perform(get("/api/v1/detection/runs").param("limit", limit).with(Accounts.api(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.startsWith("limit must be between 1 and 1000")));
        mvc.perform(get("/api/v1/quarantine").param("size", limit).with(Accounts.api(Role.ADMIN)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(Matchers.startsWith("size must be between 1 and 1000")));
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/rules/repeat-contact/occurrences, limit, abc", "/api/v1/imports, limit, 1.5",
            "/api/v1/customers/anyone/timeline, before, yesterday"})
    void a_parameter_of_the_wrong_kind_is_refused_saying_what_it_should_be(String path, String parameter, String value) throws Exception {
        mvc.perform(get(path).param(parameter, value).with(Accounts.api(Role.ADMIN))).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(Matchers.allOf(Matchers.startsWith(parameter + " is \"" + value + "\", which is not a"),
                        Matchers.not(Matchers.containsString("For input string")))));
    }

    @Test
    void occurrences_of_a_rule_that_is_not_active_are_not_found_as_its_page_is() throws Exception {
        mvc.perform(get("/api/v1/rules/nope/occurrences").with(Accounts.api(Role.ANALYST))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No active rule nope: see /api/v1/rules"));
        mvc.perform(get("/api/v1/rules/repeat-contact/occurrences").with(Accounts.api(Role.ANALYST))).andExpect(status().isOk());
    }
}
