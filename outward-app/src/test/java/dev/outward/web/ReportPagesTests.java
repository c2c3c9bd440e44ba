package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;
import dev.outward.users.Role;

/** Until detection is merged, every report page shows its filter bar and an empty state saying what to run. */
@ServerTest
class ReportPagesTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({"/, overview", "/services, services", "/inconvenience-types, inconvenience-types",
            "/contact-centre, contact-centre", "/retention, retention", "/relationship-depth, relationship-depth"})
    void each_report_page_shows_the_empty_state_and_the_filter_bar(String path, String page) throws Exception {
        String html = mvc.perform(get(path).with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isOk()).andExpect(view().name("reports/" + page)).andExpect(model().attribute("page", page))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("No inconveniences detected yet", "outward detect", "class=\"filters\"")
                .doesNotContain("??");
    }

    @ParameterizedTest
    @CsvSource({"/services, /retention"})
    void filters_stay_in_the_query_string_and_travel_with_the_navigation(String path, String other) throws Exception {
        String html = mvc.perform(get(path).param("from", "2026-01-01").param("to", "2026-03-31").param("channel", "phone")
                        .with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"" + other + "?from=2026-01-01&amp;to=2026-03-31&amp;channel=phone\"")
                .contains("name=\"from\" value=\"2026-01-01\"");
    }

    @ParameterizedTest
    @CsvSource({"VIEWER, false, false", "ANALYST, true, false", "ADMIN, true, true"})
    void the_navigation_shows_what_the_role_may_open(Role role, boolean customer, boolean data) throws Exception {
        String html = mvc.perform(get("/").with(Accounts.page(role))).andReturn().getResponse().getContentAsString();
        assertThat(html.contains("href=\"/customer\"")).isEqualTo(customer);
        assertThat(html.contains("href=\"/data\"")).isEqualTo(data);
    }
}
