package dev.outward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;
import dev.outward.ShownTimes;
import dev.outward.server.Store;

/** Personal API tokens: made on the "my tokens" page, shown once, stored as a hash, used as a bearer token. */
@ServerTest
class ApiTokenTests {

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
    void a_token_made_on_the_page_is_shown_once_and_then_signs_in_on_the_api() throws Exception {
        String token = issue(Role.ANALYST, "nightly import");
        assertThat(token).startsWith("outward_");
        mvc.perform(get("/api/v1/report").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/customers/c1/events").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        String page = mvc.perform(get("/tokens").with(Accounts.page(Role.ANALYST))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("nightly import").doesNotContain(token);
        String csv = mvc.perform(get("/tokens.csv").with(Accounts.page(Role.ANALYST))).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("label,created,last-used\r\n").contains("nightly import").doesNotContain(token);
    }

    @Test
    void when_a_token_was_made_and_last_used_is_utc_to_the_second_on_the_page_and_in_its_csv() throws Exception {
        String token = issue(Role.VIEWER, "timed script");
        mvc.perform(get("/api/v1/report").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        String page = mvc.perform(get("/tokens").with(Accounts.page(Role.VIEWER))).andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/tokens.csv").with(Accounts.page(Role.VIEWER))).andReturn().getResponse().getContentAsString();

        ShownTimes.assertUtcToTheSecond(page);
        ShownTimes.assertUtcToTheSecond(csv);
        assertThat(csv.lines().filter(line -> line.startsWith("timed script,"))).singleElement()
                .satisfies(line -> assertThat(line).matches("timed script,[0-9T:-]+Z,[0-9T:-]+Z"));
    }

    @Test
    void only_a_hash_of_the_token_is_stored() throws Exception {
        String token = issue(Role.VIEWER, "hashed");
        long clear = store.database(db -> db.sql().queryLong(
                "SELECT count(*) FROM api_tokens WHERE hash = ? OR label = ? OR id = ?", token, token, token));
        long hashed = store.database(db -> db.sql().queryLong("SELECT count(*) FROM api_tokens WHERE hash = ?", ApiTokens.hash(token)));
        assertThat(clear).isZero();
        assertThat(hashed).isOne();
    }

    @Test
    void a_token_acts_with_its_users_role() throws Exception {
        String token = issue(Role.VIEWER, "viewer script");
        mvc.perform(get("/api/v1/customers/c1/events").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quarantine").header("Authorization", "Bearer " + token)).andExpect(status().isForbidden());
    }

    @Test
    void a_revoked_or_unknown_token_gets_401() throws Exception {
        String token = issue(Role.VIEWER, "to revoke");
        String id = store.database(db -> db.sql().query("SELECT id FROM api_tokens WHERE hash = ?", row -> row.getString(1),
                ApiTokens.hash(token))).getFirst();
        mvc.perform(post("/tokens/" + id + "/delete").with(csrf()).with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/stats").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/stats").header("Authorization", "Bearer outward_made-up")).andExpect(status().isUnauthorized());
    }

    @Test
    void a_user_cannot_revoke_someone_elses_token() throws Exception {
        String token = issue(Role.ANALYST, "mine");
        String id = store.database(db -> db.sql().query("SELECT id FROM api_tokens WHERE hash = ?", row -> row.getString(1),
                ApiTokens.hash(token))).getFirst();
        mvc.perform(post("/tokens/" + id + "/delete").with(csrf()).with(Accounts.page(Role.VIEWER)));
        mvc.perform(get("/api/v1/report").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void the_example_call_names_this_server_as_the_browser_reached_it() throws Exception {
        String page = mvc.perform(get("/tokens").with(Accounts.page(Role.VIEWER)).with(request -> {
            request.setScheme("https");
            request.setServerName("outward.internal");
            request.setServerPort(9443);
            return request;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("curl -H \"Authorization: Bearer $TOKEN\" https://outward.internal:9443/api/v1/stats")
                .doesNotContain("8080");
    }

    private String issue(Role role, String label) throws Exception {
        var flash = mvc.perform(post("/tokens").param("label", label).with(csrf()).with(Accounts.page(role)))
                .andExpect(status().isFound()).andReturn().getFlashMap();
        return ((ApiTokens.Issued) flash.get("issued")).secret();
    }
}
