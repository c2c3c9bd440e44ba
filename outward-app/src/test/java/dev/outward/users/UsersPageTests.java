package dev.outward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.ServerTest;
import dev.outward.ShownTimes;

/** The users page: an admin lists, adds, re-roles and deletes users; the last admin stays. */
@ServerTest
class UsersPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @BeforeEach
    void accounts() {
        Accounts.ensure(users);
    }

    @Test
    void list_shows_every_user_with_its_role() throws Exception {
        mvc.perform(get("/admin/users").with(Accounts.page(Role.ADMIN)))
                .andExpect(status().isOk()).andExpect(view().name("users")).andExpect(model().attributeExists("users"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-user=\"analyst\"")));
    }

    @Test
    void the_times_users_were_created_are_utc_to_the_second_on_the_page_and_in_its_csv() throws Exception {
        String html = mvc.perform(get("/admin/users").with(Accounts.page(Role.ADMIN))).andReturn().getResponse().getContentAsString();
        String csv = mvc.perform(get("/admin/users.csv").with(Accounts.page(Role.ADMIN))).andReturn().getResponse().getContentAsString();

        ShownTimes.assertUtcToTheSecond(html);
        ShownTimes.assertUtcToTheSecond(csv);
    }

    @Test
    void add_change_role_and_delete_a_user() throws Exception {
        mvc.perform(post("/admin/users").param("name", "Newcomer").param("role", "VIEWER").param("password", "newcomer-password")
                .with(csrf()).with(Accounts.page(Role.ADMIN))).andExpect(flash().attribute("done", "users.added"));
        assertThat(users.find(new UserName("newcomer"))).get().extracting(User::role).isEqualTo(Role.VIEWER);

        mvc.perform(post("/admin/users/newcomer/role").param("role", "ANALYST").with(csrf()).with(Accounts.page(Role.ADMIN)))
                .andExpect(flash().attribute("done", "users.role-changed"));
        assertThat(users.find(new UserName("newcomer"))).get().extracting(User::role).isEqualTo(Role.ANALYST);

        mvc.perform(post("/admin/users/newcomer/delete").with(csrf()).with(Accounts.page(Role.ADMIN)))
                .andExpect(flash().attribute("done", "users.deleted"));
        assertThat(users.find(new UserName("newcomer"))).isEmpty();
    }

    @Test
    void a_short_password_or_a_taken_name_is_refused_with_a_reason() throws Exception {
        mvc.perform(post("/admin/users").param("name", "shorty").param("role", "VIEWER").param("password", "short")
                .with(csrf()).with(Accounts.page(Role.ADMIN))).andExpect(flash().attribute("refused", "users.refused.short-password"));
        mvc.perform(post("/admin/users").param("name", "viewer").param("role", "VIEWER").param("password", "long-enough-password")
                .with(csrf()).with(Accounts.page(Role.ADMIN))).andExpect(flash().attribute("refused", "users.refused.exists"));
    }

    @Test
    void the_last_admin_can_be_neither_demoted_nor_deleted() throws Exception {
        mvc.perform(post("/admin/users/admin/role").param("role", "VIEWER").with(csrf()).with(Accounts.page(Role.ADMIN)))
                .andExpect(flash().attribute("refused", "users.refused.last-admin"));
        mvc.perform(post("/admin/users/admin/delete").with(csrf()).with(Accounts.page(Role.ADMIN)))
                .andExpect(flash().attribute("refused", "users.refused.last-admin"));
        assertThat(users.find(new UserName("admin"))).get().extracting(User::role).isEqualTo(Role.ADMIN);
    }

    @Test
    void changes_need_the_csrf_token_and_the_admin_role() throws Exception {
        mvc.perform(post("/admin/users/viewer/delete").with(Accounts.page(Role.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/viewer/delete").with(csrf()).with(Accounts.page(Role.ANALYST))).andExpect(status().isForbidden());
        assertThat(users.find(new UserName("viewer"))).isPresent();
    }

    @Test
    void the_users_table_downloads_as_csv() throws Exception {
        mvc.perform(get("/admin/users.csv").with(Accounts.page(Role.ADMIN)))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(org.hamcrest.Matchers.startsWith("name,role,created\r\n")));
    }
}
