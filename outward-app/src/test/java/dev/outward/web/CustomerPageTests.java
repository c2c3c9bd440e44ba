package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;
import dev.outward.events.SourceName;
import dev.outward.inconvenience.Detections;
import dev.outward.server.Imports;
import dev.outward.users.Role;
import dev.outward.users.Users;

/** An analyst looks up one customer's timeline. */
@ServerTest
class CustomerPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Imports imports;

    @Autowired
    Detections detections;

    @Autowired
    Users users;

    @TempDir
    Path dir;

    @Test
    void customer_shows_the_timeline_in_time_order_and_as_csv() throws Exception {
        imports.importFile(Files.write(dir.resolve("timeline.ndjson"), List.of(
                "{\"id\":\"t2\",\"time\":\"2026-04-02T10:00:00Z\",\"customer\":\"timeline-1\",\"type\":\"contact\",\"channel\":\"phone\"}",
                "{\"id\":\"t1\",\"time\":\"2026-04-01T10:00:00Z\",\"customer\":\"timeline-1\",\"type\":\"visit\",\"channel\":\"web\"}")),
                new SourceName("timeline"));
        String html = mvc.perform(get("/customer").param("id", "timeline-1").with(Accounts.page(Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(model().attributeExists("timeline"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html.indexOf("2026-04-01T10:00:00Z")).isLessThan(html.indexOf("2026-04-02T10:00:00Z"));
        assertThat(html).doesNotContain("??");
        mvc.perform(get("/customer/timeline.csv").param("id", "timeline-1").with(Accounts.page(Role.ANALYST)))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("time,entry,what,channel,service,source,id,details\r\n"
                        + "2026-04-01T10:00:00Z,event,visit,web,,timeline,t1,\r\n")));
    }

    @Test
    void a_customer_with_one_event_has_one_event_not_one_events() throws Exception {
        imports.importFile(Files.write(dir.resolve("single.ndjson"), List.of(
                "{\"id\":\"s1\",\"time\":\"2026-04-01T10:00:00Z\",\"customer\":\"single-1\",\"type\":\"visit\"}")),
                new SourceName("single"));

        String html = mvc.perform(get("/customer").param("id", "single-1").with(Accounts.page(Role.ANALYST)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("Customer single-1: 1 event, 0 inconveniences (times UTC)");
    }

    @Test
    void a_long_history_shows_the_latest_page_first_and_links_to_the_one_before() throws Exception {
        var lines = new ArrayList<String>();
        for (int day = 1; day <= CustomerPage.PAGE + 10; day++) {
            lines.add("{\"id\":\"p%d\",\"time\":\"%s\",\"customer\":\"paged-1\",\"type\":\"visit\"}"
                    .formatted(day, Instant.parse("2025-01-01T09:00:00Z").plus(Duration.ofDays(day))));
        }
        imports.importFile(Files.write(dir.resolve("paged.ndjson"), lines), new SourceName("paged"));
        detections.catchUp();
        Accounts.ensure(users);

        var latest = mvc.perform(get("/customer").param("id", "paged-1").with(Accounts.page(Role.ANALYST)))
                .andExpect(status().isOk()).andReturn();
        String html = latest.getResponse().getContentAsString();
        String earlier = (String) latest.getModelAndView().getModel().get("earlier");
        assertThat(html).contains("data-value=\"p60\"").contains("data-value=\"p11\"").doesNotContain("data-value=\"p10\"")
                .contains("id=\"customer-earlier\"");
        String before = mvc.perform(get(earlier).with(Accounts.page(Role.ANALYST))).andExpect(status().isOk())
                .andExpect(model().attributeDoesNotExist("earlier")).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("data-value=\"p10\"").contains("data-value=\"p1\"").doesNotContain("data-value=\"p11\"");

        mvc.perform(get("/api/v1/customers/paged-1/timeline").param("limit", "20").with(Accounts.api(Role.ANALYST)))
                .andExpect(jsonPath("$.events.length()").value(20)).andExpect(jsonPath("$.events[0].id").value("p41"))
                .andExpect(jsonPath("$.earlier").value("2025-02-11T09:00:00Z"));
        mvc.perform(get("/api/v1/customers/paged-1/timeline").param("before", "not-a-time").with(Accounts.api(Role.ANALYST)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void customer_without_an_id_shows_only_the_search() throws Exception {
        mvc.perform(get("/customer").with(Accounts.page(Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(model().attributeDoesNotExist("timeline"));
    }
}
