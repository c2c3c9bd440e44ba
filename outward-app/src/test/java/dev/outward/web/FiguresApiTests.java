package dev.outward.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.DemoServerTest;
import dev.outward.inconvenience.Detections;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.users.Role;

/** Every page's numbers as JSON, with the pages' filters; customer-level data for analysts only. */
@DemoServerTest
class FiguresApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Detections detections;

    @Autowired
    dev.outward.users.Users users;

    @Autowired
    dev.outward.store.Database database;

    private EngineFigures engine() {
        return new EngineFigures(database, detections);
    }

    @BeforeEach
    void detected() {
        Accounts.ensure(users);
        detections.catchUp();
    }

    @Test
    void weeks_services_and_rules_carry_the_dashboards_figures() throws Exception {
        var services = engine().dashboards().services(ReportFilter.allTime().channel("phone"));
        mvc.perform(get("/api/v1/services").param("channel", "phone").with(Accounts.api(Role.VIEWER))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].service").value(services.getFirst().service().value()))
                .andExpect(jsonPath("$[0].inconveniences").value(services.getFirst().inconveniences()))
                .andExpect(jsonPath("$[0].customers").value(services.getFirst().customers()))
                .andExpect(jsonPath("$[0].weekly").isArray());
        mvc.perform(get("/api/v1/weeks").param("from", "2026-02-01").with(Accounts.api(Role.VIEWER)))
                .andExpect(jsonPath("$[0].week").value("2026-01-26")).andExpect(jsonPath("$[0].aht_s").isNumber());
        mvc.perform(get("/api/v1/rules").with(Accounts.api(Role.VIEWER)))
                .andExpect(jsonPath("$[0].rule").isString()).andExpect(jsonPath("$[0].description").isString());
        mvc.perform(get("/api/v1/services/billing").with(Accounts.api(Role.VIEWER)))
                .andExpect(jsonPath("$.by_rule").isMap()).andExpect(jsonPath("$.by_channel").isMap()).andExpect(jsonPath("$.weeks").isArray());
    }

    @Test
    void retention_and_depth_have_one_entry_per_bucket() throws Exception {
        mvc.perform(get("/api/v1/retention").with(Accounts.api(Role.VIEWER)))
                .andExpect(jsonPath("$[*].bucket").value(org.hamcrest.Matchers.contains("0", "1", "2-3", "4+")));
        mvc.perform(get("/api/v1/relationship-depth").with(Accounts.api(Role.VIEWER)))
                .andExpect(jsonPath("$[3].products").isNumber()).andExpect(jsonPath("$[3].tenure_years").isNumber());
    }

    @Test
    void analysts_get_occurrences_and_timelines_viewers_do_not() throws Exception {
        mvc.perform(get("/api/v1/rules/repeat-contact/occurrences").param("limit", "5").with(Accounts.api(Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(5)).andExpect(jsonPath("$[0].cause.id").isString());
        mvc.perform(get("/api/v1/rules/repeat-contact/occurrences").with(Accounts.api(Role.VIEWER))).andExpect(status().isForbidden());
        String customer = engine().dashboards().occurrences(ReportFilter.allTime(), new dev.outward.inconvenience.RuleId("repeat-contact"), 1)
                .getFirst().customer().value();
        mvc.perform(get("/api/v1/customers/" + customer + "/timeline").with(Accounts.api(Role.ANALYST)))
                .andExpect(jsonPath("$.customer").value(customer)).andExpect(jsonPath("$.inconveniences[0].rule").isString())
                .andExpect(jsonPath("$.events[0].id").isString());
        mvc.perform(get("/api/v1/customers/" + customer + "/timeline").with(Accounts.api(Role.VIEWER))).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void detection_runs_are_listed_newest_first() throws Exception {
        mvc.perform(get("/api/v1/detection/runs").with(Accounts.api(Role.VIEWER)))
                .andExpect(jsonPath("$[0].run").isNumber()).andExpect(jsonPath("$[0].by_rule").isMap());
    }

    @Test
    void filters_that_cannot_be_are_refused_with_why() throws Exception {
        mvc.perform(get("/api/v1/report").param("from", "2026-03-01").param("to", "2026-01-01").with(Accounts.api(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("after it ends")));
    }
}
