package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;
import dev.outward.events.SourceName;
import dev.outward.server.Imports;
import dev.outward.users.Role;

/** An analyst looks up one customer's timeline. */
@ServerTest
class CustomerPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Imports imports;

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
    void customer_without_an_id_shows_only_the_search() throws Exception {
        mvc.perform(get("/customer").with(Accounts.page(Role.ANALYST)))
                .andExpect(status().isOk()).andExpect(model().attributeDoesNotExist("timeline"));
    }
}
