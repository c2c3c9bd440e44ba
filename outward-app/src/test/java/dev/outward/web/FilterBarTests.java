package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.DemoServerTest;
import dev.outward.inconvenience.Detections;
import dev.outward.users.Role;

/** The filter bar shows the filter actually applied, also when it matches nothing stored. */
@DemoServerTest
class FilterBarTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Detections detections;

    @BeforeEach
    void detected() {
        detections.catchUp();
    }

    @ParameterizedTest
    @CsvSource({"/services, channel, carrier-pigeon", "/services, channel, Phone", "/, segment, nope", "/retention, service, nope"})
    void a_value_not_among_the_stored_ones_is_shown_chosen_and_marked_so_an_empty_page_says_why(String path, String filter,
                                                                                                String value) throws Exception {
        String html = mvc.perform(get(path).param(filter, value).with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isOk()).andExpect(model().attribute("empty", "nothing-in-scope"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).containsPattern("<option value=\"" + value + "\"\\s+selected>" + value + " \\(not in the data\\)</option>");
    }

    @Test
    void a_stored_value_is_chosen_among_the_choices_without_a_mark() throws Exception {
        String html = mvc.perform(get("/services").param("channel", "phone").with(Accounts.page(Role.VIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("<option value=\"phone\" selected=\"selected\">phone</option>").doesNotContain("(not in the data)");
    }
}
