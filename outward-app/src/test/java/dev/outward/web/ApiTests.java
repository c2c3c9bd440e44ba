package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;
import dev.outward.server.Store;
import dev.outward.users.Role;
import dev.outward.users.Users;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API: the same shapes as the command line, and imports through the server. */
@ServerTest
class ApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @Autowired
    Store store;

    @BeforeEach
    void accounts() {
        Accounts.ensure(users);
    }

    @Test
    void stats_has_the_shape_of_outward_stats_format_json() throws Exception {
        mvc.perform(get("/api/v1/stats").with(Accounts.api(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(jsonPath("$.events").isNumber()).andExpect(jsonPath("$.by_type").isMap())
                .andExpect(jsonPath("$.by_source").isMap()).andExpect(jsonPath("$.quarantined").isNumber());
    }

    @Test
    void an_admin_imports_ndjson_through_the_api_and_sees_it_in_imports_and_quarantine() throws Exception {
        String body = "{\"id\":\"api-1\",\"time\":\"2026-05-01T08:00:00Z\",\"customer\":\"api-k\",\"type\":\"payment\"}\n"
                + "{\"id\":\"api-2\",\"oops\":1}\n";
        mvc.perform(post("/api/v1/imports").param("source", "api").param("file", "payments.ndjson")
                        .contentType("application/x-ndjson").content(body).with(Accounts.api(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stored").value(1)).andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.quarantine_file").value(org.hamcrest.Matchers.containsString("-payments.ndjson")));
        mvc.perform(get("/api/v1/imports").with(Accounts.api(Role.ADMIN)))
                .andExpect(jsonPath("$[0].file").value("payments.ndjson"))
                .andExpect(jsonPath("$[0].stored").value(1))
                .andExpect(jsonPath("$[0].finished_at").value(org.hamcrest.Matchers.matchesPattern("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z")));
        mvc.perform(get("/api/v1/quarantine").with(Accounts.api(Role.ADMIN)))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.rows[0].reason").isString());
        mvc.perform(get("/api/v1/customers/api-k/events").with(Accounts.api(Role.ANALYST)))
                .andExpect(jsonPath("$[0].id").value("api-1")).andExpect(jsonPath("$[0].type").value("payment"));
    }

    @Test
    void a_customers_events_come_a_page_at_a_time_the_latest_first_each_in_time_order() throws Exception {
        String body = "{\"id\":\"pg-1\",\"time\":\"2026-05-01T08:00:00Z\",\"customer\":\"api-pages\",\"type\":\"bill\"}\n"
                + "{\"id\":\"pg-2\",\"time\":\"2026-05-02T08:00:00Z\",\"customer\":\"api-pages\",\"type\":\"bill\"}\n"
                + "{\"id\":\"pg-3\",\"time\":\"2026-05-03T08:00:00Z\",\"customer\":\"api-pages\",\"type\":\"bill\"}\n";
        mvc.perform(post("/api/v1/imports").param("source", "pages").contentType("application/x-ndjson").content(body)
                .with(Accounts.api(Role.ADMIN))).andExpect(status().isOk());
        store.events(events -> { events.indexCustomers(); return null; }); // as every detection run does

        var latest = mvc.perform(get("/api/v1/customers/api-pages/events").param("limit", "2").with(Accounts.api(Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains("pg-2", "pg-3")))
                .andReturn().getResponse();
        assertThat(latest.getHeader("Link")).isEqualTo("</api/v1/customers/api-pages/events?limit=2&before=2026-05-02T08:00:00Z>; rel=\"next\"");

        var earlier = mvc.perform(get("/api/v1/customers/api-pages/events").param("limit", "2").param("before", "2026-05-02T08:00:00Z")
                        .with(Accounts.api(Role.ANALYST)))
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains("pg-1"))).andReturn().getResponse();
        assertThat(earlier.getHeader("Link")).isNull();
    }

    @Test
    void importing_needs_the_admin_role_and_a_valid_source() throws Exception {
        mvc.perform(post("/api/v1/imports").contentType(MediaType.APPLICATION_OCTET_STREAM).content("{}")
                .with(Accounts.api(Role.ANALYST))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/imports").param("source", "no spaces allowed").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .content("{}").with(Accounts.api(Role.ADMIN))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("source name")));
    }

    @Test
    void the_openapi_document_describes_the_api() throws Exception {
        mvc.perform(get("/v3/api-docs").with(Accounts.api(Role.VIEWER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/stats']").exists())
                .andExpect(jsonPath("$.components.securitySchemes.basic").exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/report", "/api/v1/weeks", "/api/v1/services", "/api/v1/services/{id}", "/api/v1/rules",
            "/api/v1/rules/{id}/occurrences", "/api/v1/retention", "/api/v1/relationship-depth"})
    void the_openapi_document_lists_the_filters_as_optional_query_parameters(String path) throws Exception {
        String parameters = "$.paths['" + path + "'].get.parameters";
        var document = mvc.perform(get("/v3/api-docs").with(Accounts.api(Role.VIEWER))).andExpect(status().isOk())
                .andExpect(jsonPath(parameters + "[?(@.name == 'filters')]").isEmpty());
        for (String filter : new String[] {"from", "to", "channel", "segment", "service"}) {
            document.andExpect(jsonPath(parameters + "[?(@.name == '" + filter + "' && @.in == 'query')]").isNotEmpty())
                    .andExpect(jsonPath(parameters + "[?(@.name == '" + filter + "' && @.required == true)]").isEmpty());
        }
        document.andExpect(jsonPath(parameters + "[?(@.name == 'from')].schema.format").value(org.hamcrest.Matchers.contains("date")));
    }

    @Test
    void the_openapi_document_gives_the_reports_shape_with_the_keys_the_report_has() throws Exception {
        var json = JsonMapper.builder().build();
        var document = json.readTree(mvc.perform(get("/v3/api-docs").with(Accounts.api(Role.VIEWER)))
                .andReturn().getResponse().getContentAsString());
        var report = json.readTree(mvc.perform(get("/api/v1/report").with(Accounts.api(Role.VIEWER)))
                .andReturn().getResponse().getContentAsString());
        String ref = document.at("/paths/~1api~1v1~1report/get/responses/200/content/application~1json/schema/$ref").asString();

        assertThat(keys(document, ref, report)).isNotEmpty().allSatisfy(pair -> assertThat(pair[0]).as("documented keys").isEqualTo(pair[1]));
    }

    /** Per object of the report, the properties its schema documents beside the keys the body has. */
    private static List<String[]> keys(JsonNode document, String ref, JsonNode body) {
        var schema = document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
        var properties = schema.path("properties");
        var pairs = new ArrayList<String[]>();
        pairs.add(new String[] {String.join(",", new TreeSet<>(properties.propertyNames())), String.join(",", new TreeSet<>(body.propertyNames()))});
        for (String name : properties.propertyNames()) {
            String nested = properties.path(name).path("$ref").asString("");
            if (!nested.isEmpty()) {
                pairs.addAll(keys(document, nested, body.path(name)));
            }
        }
        return pairs;
    }

    @Test
    void the_openapi_document_says_what_the_api_offers_now() throws Exception {
        mvc.perform(get("/v3/api-docs").with(Accounts.api(Role.VIEWER)))
                .andExpect(jsonPath("$.info.description").value(org.hamcrest.Matchers.containsString("report pages")));
    }
}
