package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;
import dev.outward.ShownTimes;
import dev.outward.events.SourceName;
import dev.outward.events.StoreStats;
import dev.outward.inconvenience.Detections;
import dev.outward.server.Imports;
import dev.outward.server.Store;
import dev.outward.users.Role;

/** The data page shows what the store holds, the recent imports and the quarantine, paged with htmx. */
@ServerTest
class DataPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Imports imports;

    @Autowired
    Detections detections;

    @Autowired
    Store store;

    @TempDir
    Path dir;

    @BeforeEach
    void someEventsAndSomeRejects() throws IOException {
        if (store.events(events -> events.stats()).bySource().containsKey("crm")) {
            return;
        }
        var lines = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            lines.add("{\"id\":\"c" + i + "\",\"time\":\"2026-02-0" + (1 + i % 9) + "T10:00:00Z\",\"customer\":\"k" + (i % 7)
                    + "\",\"type\":\"contact\",\"channel\":\"phone\",\"service\":\"billing\"}");
        }
        for (int i = 0; i < 60; i++) {
            lines.add("{\"id\":\"bad" + i + "\",\"time\":\"not a time\",\"type\":\"contact\"}");
        }
        imports.importFile(Files.write(dir.resolve("crm.ndjson"), lines), new SourceName("crm"));
    }

    @Test
    void data_shows_the_stored_counts_imports_and_the_first_quarantine_page() throws Exception {
        StoreStats stats = store.events(events -> events.stats());
        String html = mvc.perform(get("/data").with(Accounts.page(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(view().name("data"))
                .andExpect(model().attributeExists("stored", "imports", "quarantine", "pager", "chart"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"events\" data-value=\"" + stats.events() + "\"")
                .contains("id=\"quarantined\" data-value=\"" + stats.quarantined() + "\"")
                .contains("crm.ndjson", "data-chart=").doesNotContain("??");
        assertThat(stats.quarantined()).isGreaterThanOrEqualTo(60);
    }

    @Test
    void the_customers_are_the_reports_active_customers_once_detection_has_run() throws Exception {
        detections.catchUp();
        String report = mvc.perform(get("/api/v1/report").with(Accounts.api(Role.ADMIN))).andReturn().getResponse().getContentAsString();
        long active = tools.jackson.databind.json.JsonMapper.builder().build().readTree(report).path("customers").path("active").asLong();

        String html = mvc.perform(get("/data").with(Accounts.page(Role.ADMIN))).andReturn().getResponse().getContentAsString();

        assertThat(active).isPositive();
        assertThat(html).contains("id=\"customers\" data-value=\"" + active + "\"");
    }

    @Test
    void an_htmx_pager_click_gets_only_the_quarantine_section() throws Exception {
        String fragment = mvc.perform(get("/data").param("page", "1").header("HX-Request", "true").with(Accounts.page(Role.ADMIN)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment.strip()).startsWith("<section id=\"quarantine\"").contains("Page 2 of").doesNotContain("<html");
    }

    @Test
    void each_table_downloads_as_csv() throws Exception {
        mvc.perform(get("/data/stored.csv").with(Accounts.page(Role.ADMIN)))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("crm,contact,30,2026-02-01T10:00:00Z,2026-02-09T10:00:00Z")));
        mvc.perform(get("/data/imports.csv").with(Accounts.page(Role.ADMIN)))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("batch,source,file,finished,read,stored,duplicates,rejected")));
        String quarantine = mvc.perform(get("/data/quarantine.csv").with(Accounts.page(Role.ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(quarantine.lines().count()).isGreaterThanOrEqualTo(61);
    }

    @Test
    void times_on_the_page_and_in_its_csvs_are_utc_to_the_second() throws Exception {
        String html = mvc.perform(get("/data").with(Accounts.page(Role.ADMIN))).andReturn().getResponse().getContentAsString();
        String imports = mvc.perform(get("/data/imports.csv").with(Accounts.page(Role.ADMIN))).andReturn().getResponse().getContentAsString();
        String stored = mvc.perform(get("/data/stored.csv").with(Accounts.page(Role.ADMIN))).andReturn().getResponse().getContentAsString();

        ShownTimes.assertUtcToTheSecond(html);
        ShownTimes.assertUtcToTheSecond(imports);
        ShownTimes.assertUtcToTheSecond(stored);
        assertThat(stored).contains(",2026-02-01T10:00:00Z,2026-02-09T10:00:00Z");
    }

    @Test
    void imports_through_the_server_count_in_prometheus() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(Accounts.api(Role.ADMIN)))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*outward_events_stored_total [1-9].*")))
                .andExpect(content().string(org.hamcrest.Matchers.matchesRegex("(?s).*outward_events_rejected_total [1-9].*")));
    }

    @Test
    void every_outward_metric_says_what_it_counts() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus").with(Accounts.api(Role.ADMIN))).andReturn().getResponse()
                .getContentAsString();
        assertThat(metrics.lines().filter(line -> line.startsWith("# HELP outward_")))
                .isNotEmpty().allSatisfy(help -> assertThat(help.replaceFirst("^# HELP \\S+", "")).as(help).isNotBlank());
        assertThat(metrics).contains("# HELP outward_collect_pending Collected messages acknowledged and not yet stored");
    }

    @Test
    void detection_durations_are_published_for_both_modes_before_either_has_run() throws Exception {
        String metrics = mvc.perform(get("/actuator/prometheus").with(Accounts.api(Role.ADMIN))).andReturn().getResponse()
                .getContentAsString();
        assertThat(metrics).contains("outward_detection_duration_seconds_count{mode=\"full\"}",
                "outward_detection_duration_seconds_count{mode=\"incremental\"}");
    }
}
