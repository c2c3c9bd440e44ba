package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;
import dev.outward.events.SourceName;
import dev.outward.inconvenience.Detections;
import dev.outward.server.Store;
import dev.outward.users.Role;

/**
 * Until there is something to show, each report page says what to do: import events; wait for detection; widen the
 * filters. A store of its own (no schedule), filled step by step; the import goes past the server so that detection
 * does not start by itself.
 */
@ServerTest
@TestPropertySource(properties = "outward.detection.every=0")
class EmptyStatesTests {

    private static final List<String> PAGES = List.of("/", "/services", "/inconvenience-types", "/contact-centre", "/retention",
            "/relationship-depth");

    @Autowired
    MockMvc mvc;

    @Autowired
    Store store;

    @Autowired
    Detections detections;

    @TempDir
    Path dir;

    @Test
    void report_pages_say_what_to_do_until_there_are_figures() throws Exception {
        for (String page : PAGES) {
            assertThat(page(page, "no-events")).contains("Nothing imported yet", "outward import", "class=\"filters\"");
        }

        Path file = Files.write(dir.resolve("calls.ndjson"), List.of(
                "{\"id\":\"e1\",\"time\":\"2026-05-01T10:00:00Z\",\"customer\":\"es-1\",\"type\":\"contact\",\"channel\":\"phone\",\"attrs\":{\"wait_s\":900}}"));
        store.events(events -> events.newImport(file).source(new SourceName("calls")).run());
        for (String page : PAGES) {
            assertThat(page(page, "not-detected")).contains("No inconveniences detected yet", "outward detect");
        }

        detections.catchUp();
        mvc.perform(get("/").with(Accounts.page(Role.VIEWER))).andExpect(status().isOk()).andExpect(model().attributeDoesNotExist("empty"));
        for (String page : PAGES) {
            assertThat(page(page + "?channel=carrier-pigeon", "nothing-in-scope")).contains("Nothing in this selection",
                    "reset the filters");
        }
    }

    private String page(String path, String state) throws Exception {
        return mvc.perform(get(path).with(Accounts.page(Role.VIEWER))).andExpect(status().isOk())
                .andExpect(model().attribute("empty", state)).andReturn().getResponse().getContentAsString();
    }
}
