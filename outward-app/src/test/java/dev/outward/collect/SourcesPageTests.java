package dev.outward.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.ServerTest;
import dev.outward.events.SourceName;

@ServerTest
class SourcesPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    SourceKeys keys;
    @Autowired
    Collection collection;

    @Test
    void anAdminCreatesASourceAndSeesItsKeyOnceAndTheKeyWorks() throws Exception {
        var result = mvc.perform(post("/admin/sources").param("name", "shop").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("newKey")).andReturn();

        String key = (String) result.getFlashMap().get("newKey");
        assertThat(keys.verify(key)).contains(new SourceName("shop"));
        mvc.perform(get("/admin/sources").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(view().name("sources"));
    }

    @Test
    void revokingASourceMakesItsKeysUseless() throws Exception {
        String key = keys.create(new SourceName("old-app"));

        mvc.perform(post("/admin/sources/old-app/revoke").with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(status().is3xxRedirection());

        assertThat(keys.verify(key)).isEmpty();
    }

    @Test
    void anInvalidMappingIsRefusedWithItsReasonAndAValidOneIsUsed() throws Exception {
        mvc.perform(post("/admin/sources/shop2/mapping").param("yaml", "events:\n  X:\n    type: nonsense\n")
                        .with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(flash().attribute("refused", org.hamcrest.Matchers.containsString("not an Outward event type")));
        mvc.perform(post("/admin/sources/shop2/mapping").param("yaml", "events:\n  Order Cancelled:\n    type: order\n    attrs: {status: cancelled}\n")
                        .with(csrf()).with(user("admin").roles("ADMIN")))
                .andExpect(flash().attribute("saved", true));

        assertThat(collection.mappings().of(new SourceName("shop2")).events()).containsKey("Order Cancelled");
    }

    @Test
    void analystsMayNotManageSources() throws Exception {
        mvc.perform(get("/admin/sources").with(user("ana").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sources").param("name", "x").with(csrf()).with(user("ana").roles("ANALYST")))
                .andExpect(status().isForbidden());
    }
}
