package dev.outward.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import dev.outward.Accounts;
import dev.outward.ServerTest;

/** The login form and its rate limit: per user name and per address, locked for a while, with a clear message. */
@ServerTest
class LoginTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Users users;

    @BeforeEach
    void accounts() {
        Accounts.ensure(users);
        for (String name : new String[] {"guessed", "careful"}) {
            if (users.find(new UserName(name)).isEmpty()) {
                users.add(new UserName(name), Role.VIEWER, Accounts.PASSWORD.toCharArray());
            }
        }
    }

    @Test
    void the_right_password_signs_in_and_logout_signs_out() throws Exception {
        var session = new MockHttpSession();
        mvc.perform(login("viewer", Accounts.PASSWORD, "10.0.0.1").session(session)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("viewer (VIEWER)")));
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void a_wrong_password_is_sent_back_to_the_login_page_with_a_message() throws Exception {
        mvc.perform(login("viewer", "wrong-password", "10.0.0.2")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Wrong user name or password.")));
    }

    @Test
    void the_login_form_without_its_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "viewer").param("password", Accounts.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void after_five_failures_a_user_name_is_locked_even_for_the_right_password_from_elsewhere() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("guessed", "wrong-password-" + i, "10.0.1." + i)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("guessed", Accounts.PASSWORD, "10.0.1.99")).andExpect(redirectedUrl("/login?locked=15"));
        mvc.perform(get("/api/v1/stats").with(httpBasic("guessed", Accounts.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Too many failed sign-ins")));
        mvc.perform(get("/login").param("locked", "15")).andExpect(content().string(
                org.hamcrest.Matchers.containsString("Try again in 15 minutes.")));
        mvc.perform(login("careful", Accounts.PASSWORD, "10.0.1.98")).andExpect(redirectedUrl("/"));
    }

    @Test
    void after_twenty_failures_from_one_address_it_is_locked_for_every_name() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("nobody-" + i, "wrong-password", "10.0.2.1")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("analyst", Accounts.PASSWORD, "10.0.2.1")).andExpect(redirectedUrl("/login?locked=15"));
        mvc.perform(login("analyst", Accounts.PASSWORD, "10.0.2.2")).andExpect(redirectedUrl("/"));
    }

    @Test
    void http_basic_failures_count_like_form_failures() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/stats").with(httpBasic("basic-guess", "wrong-password")).with(from("10.0.3." + i)))
                    .andExpect(status().isUnauthorized());
        }
        var locked = mvc.perform(get("/api/v1/stats").with(httpBasic("basic-guess", "wrong-password")).with(from("10.0.3.9")))
                .andReturn().getResponse().getContentAsString();
        assertThat(locked).contains("Too many failed sign-ins");
    }

    private MockHttpServletRequestBuilder login(String name, String password, String address) {
        return post("/login").param("username", name).param("password", password).with(csrf()).with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
