package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.DemoServerTest;
import dev.outward.inconvenience.Detections;
import dev.outward.inconvenience.ReportFilter;
import dev.outward.store.Database;
import dev.outward.users.Role;

/** The contact-centre page's empty states: which one depends on whether customers were active at all. */
@DemoServerTest
class ContactCentrePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Detections detections;

    @Autowired
    Database database;

    @BeforeEach
    void detected() {
        detections.catchUp();
    }

    @Test
    void customers_active_without_inbound_contacts_are_told_apart_from_no_customer_at_all() throws Exception {
        var web = new EngineFigures(database, detections).report(ReportFilter.allTime().channel("web"));
        assertThat(web.customers().active()).as("the demo's web visitors").isPositive();
        assertThat(web.contacts().inbound()).as("the web is no contact channel").isZero();

        String html = mvc.perform(get("/contact-centre").param("channel", "web").with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isOk()).andExpect(model().attribute("empty", "no-contacts"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("No inbound contacts in this selection", "Customers were active under these filters")
                .doesNotContain("No customer was active", "??");

        mvc.perform(get("/contact-centre").param("channel", "carrier-pigeon").with(Accounts.page(Role.VIEWER)))
                .andExpect(model().attribute("empty", "nothing-in-scope"));
    }
}
