package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.DemoServerTest;
import dev.outward.inconvenience.DetectionMode;
import dev.outward.inconvenience.Detections;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.users.Role;

/** The report pages on the demo company: each page's view and model, its charts and CSV downloads, and the filters. */
@DemoServerTest
class ReportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Detections detections;

    @Autowired
    dev.outward.store.Database database;

    private EngineFigures engine() {
        return new EngineFigures(database, detections);
    }

    @BeforeEach
    void detected() {
        detections.catchUp();
    }

    @ParameterizedTest
    @CsvSource({"/, reports/overview, tiles", "/services, reports/services, services",
            "/inconvenience-types, reports/inconvenience-types, rules", "/contact-centre, reports/contact-centre, tiles",
            "/retention, reports/retention, retention", "/relationship-depth, reports/relationship-depth, depth"})
    void each_report_page_renders_its_figures_charts_and_filter_bar(String path, String view, String figure) throws Exception {
        String html = mvc.perform(get(path).with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isOk()).andExpect(view().name(view))
                .andExpect(model().attributeExists(figure, "choices", "filters")).andExpect(model().attributeDoesNotExist("empty"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("class=\"filters\"", "data-chart=").doesNotContain("??", "class=\"empty\"");
    }

    @Test
    void overview_tiles_are_the_report_for_the_same_filters() throws Exception {
        var filter = ReportFilter.allTime().channel("phone");
        var report = engine().report(filter);
        String html = mvc.perform(get("/").param("channel", "phone").with(Accounts.page(Role.VIEWER)))
                .andExpect(model().attribute("report", report)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"inconveniences\" data-value=\"" + report.inconveniences().total() + "\"",
                "id=\"inconvenienced\" data-value=\"" + report.customers().inconvenienced() + "\"",
                "id=\"complaints\" data-value=\"" + report.complaints() + "\"", "For every complaint,");
    }

    @Test
    void per_1000_says_whose_customers_it_divides_by_as_the_overview_and_the_service_page_differ() throws Exception {
        var top = engine().dashboards().services(ReportFilter.allTime()).getFirst();
        long ofTheService = engine().report(ReportFilter.allTime().service(top.service())).customers().active();
        long everyone = engine().report(ReportFilter.allTime()).customers().active();
        assertThat(ofTheService).isLessThan(everyone);
        String overview = mvc.perform(get("/").param("service", top.service().value()).with(Accounts.page(Role.VIEWER)))
                .andReturn().getResponse().getContentAsString();
        String servicePage = mvc.perform(get("/services/" + top.service().value()).with(Accounts.page(Role.VIEWER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(overview).contains("of the %,d customers active under these filters".formatted(ofTheService));
        assertThat(servicePage).contains("of all %,d customers active under the other filters".formatted(everyone));
    }

    @Test
    void a_service_page_shows_its_rules_trend_channels_and_share() throws Exception {
        var top = engine().dashboards().services(ReportFilter.allTime()).getFirst();
        String html = mvc.perform(get("/services/" + top.service().value()).with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isOk()).andExpect(view().name("reports/service"))
                .andExpect(model().attributeExists("tiles", "rules", "channels", "weeksChart", "rulesChart"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"inconveniences\" data-value=\"" + top.inconveniences() + "\"",
                "id=\"share\" data-value=\"" + top.share().getAsDouble() + "\"").doesNotContain("??");
    }

    @Test
    void choosing_another_service_in_the_filter_bar_of_a_service_page_opens_that_service() throws Exception {
        mvc.perform(get("/services/billing").param("service", "network").param("channel", "phone").with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/services/network?channel=phone"));
    }

    @Test
    void a_rule_page_lists_occurrences_for_analysts_and_only_aggregates_for_viewers() throws Exception {
        String analyst = mvc.perform(get("/inconvenience-types/repeat-contact").with(Accounts.page(Role.ANALYST)))
                .andExpect(view().name("reports/inconvenience-type")).andExpect(model().attributeExists("tiles", "chart", "occurrences"))
                .andReturn().getResponse().getContentAsString();
        assertThat(analyst).contains("id=\"occurrences\"", "href=\"/customer?id=");
        String viewer = mvc.perform(get("/inconvenience-types/repeat-contact").with(Accounts.page(Role.VIEWER)))
                .andExpect(model().attributeDoesNotExist("occurrences")).andReturn().getResponse().getContentAsString();
        assertThat(viewer).contains("id=\"occurrences-hidden\"").doesNotContain("href=\"/customer?id=");
        mvc.perform(get("/inconvenience-types/no-such-rule").with(Accounts.page(Role.VIEWER))).andExpect(status().isNotFound());
    }

    @Test
    void contact_centre_flags_weeks_where_handle_time_fell_while_repeats_rose() throws Exception {
        mvc.perform(get("/contact-centre").with(Accounts.page(Role.VIEWER))).andExpect(model().attributeExists("flagged", "weeks", "chart"));
        // steady weeks with 1% noise, then shorter calls and more repeats, then both back to normal
        double[][] ahtAndRepeats = {{300, .20}, {303, .202}, {297, .198}, {301, .201}, {270, .24}, {300, .20}, {296, .205}};
        var weeks = new java.util.ArrayList<dev.outward.inconvenience.WeekFigures>();
        for (int i = 0; i < ahtAndRepeats.length; i++) {
            weeks.add(new dev.outward.inconvenience.WeekFigures(java.time.LocalDate.parse("2026-01-05").plusWeeks(i), 0, 0, 100, 100,
                    java.util.OptionalDouble.of(ahtAndRepeats[i][0]), java.util.OptionalDouble.of(1 - ahtAndRepeats[i][1]),
                    java.util.OptionalDouble.of(ahtAndRepeats[i][1])));
        }
        assertThat(ContactCentrePage.fallingHandleTimeRisingRepeats(weeks)).containsExactly("2026-02-02");
    }

    @Test
    void the_customer_timeline_shows_events_and_inconveniences_with_evidence() throws Exception {
        var occurrence = engine().dashboards().occurrences(ReportFilter.allTime(), new dev.outward.inconvenience.RuleId("repeat-contact"), 1)
                .getFirst();
        String customer = occurrence.customer().value();
        String html = mvc.perform(get("/customer").param("id", customer).with(Accounts.page(Role.ANALYST)))
                .andExpect(view().name("customer")).andExpect(model().attributeExists("timeline", "found"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-value=\"inconvenience\"", "data-value=\"repeat-contact\"", "caused by contact")
                .doesNotContain("??");
        String fragment = mvc.perform(get("/customer").param("id", customer).header("HX-Request", "true").with(Accounts.page(Role.ANALYST)))
                .andReturn().getResponse().getContentAsString();
        assertThat(fragment.strip()).startsWith("<section id=\"timeline\"").doesNotContain("<html");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/services.csv | service,name,owner,inconveniences,customers,per-1000,share,trend",
            "/inconvenience-types.csv | rule,description,inconveniences,customers,share,trend",
            "/weeks.csv | week,inconveniences,complaints,inbound,served,aht-s,fcr,repeat-rate",
            "/retention.csv | bucket,customers,closed,closed-share",
            "/relationship-depth.csv | bucket,customers,products,tenure-years,spend"})
    void every_table_downloads_as_csv_for_the_same_filters(String path, String header) throws Exception {
        String csv = mvc.perform(get(path).param("from", "2026-01-01").with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith(header + "\r\n");
        assertThat(csv.lines().count()).isGreaterThan(1);
    }

    @Test
    void retention_counts_every_active_customer_once() throws Exception {
        var report = engine().report(ReportFilter.allTime());
        var buckets = engine().dashboards().retention(ReportFilter.allTime());
        assertThat(buckets.stream().mapToLong(b -> b.customers()).sum()).isEqualTo(report.customers().active());
        assertThat(buckets.getFirst().customers()).isEqualTo(report.customers().active() - report.customers().inconvenienced());
        mvc.perform(get("/retention").with(Accounts.page(Role.VIEWER))).andExpect(model().attributeExists("chart", "retention"));
    }

    @ParameterizedTest
    @CsvSource({"/services, /retention", "/contact-centre, /services"})
    void filters_stay_in_the_query_string_and_travel_with_the_navigation(String path, String other) throws Exception {
        String html = mvc.perform(get(path).param("from", "2026-01-01").param("to", "2026-03-31").param("channel", "phone")
                        .with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"" + other + "?from=2026-01-01&amp;to=2026-03-31&amp;channel=phone\"")
                .contains("name=\"from\" value=\"2026-01-01\"");
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() throws Exception {
        mvc.perform(get("/").param("from", "2026-03-01").param("to", "2026-02-01").with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isBadRequest());
    }

    @ParameterizedTest
    @CsvSource({"VIEWER, false, false", "ANALYST, true, false", "ADMIN, true, true"})
    void the_navigation_shows_what_the_role_may_open(Role role, boolean customer, boolean data) throws Exception {
        String html = mvc.perform(get("/").with(Accounts.page(role))).andReturn().getResponse().getContentAsString();
        assertThat(html.contains("href=\"/customer\"")).isEqualTo(customer);
        assertThat(html.contains("href=\"/data\"")).isEqualTo(data);
    }

    @Test
    void the_data_page_lists_detection_runs() throws Exception {
        detections.run(DetectionMode.INCREMENTAL);
        String html = mvc.perform(get("/data").with(Accounts.page(Role.ADMIN))).andExpect(model().attributeExists("runs"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"runs\"", "no new events");
        assertThat(List.of(mvc.perform(get("/data/runs.csv").with(Accounts.page(Role.ADMIN))).andReturn().getResponse()
                .getContentAsString().split("\r\n")[0])).containsExactly("run,started,mode,why,from,added,removed,total,duration-ms");
    }
}
