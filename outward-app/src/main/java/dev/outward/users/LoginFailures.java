package dev.outward.users;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Back to the login page, saying whether the password was wrong or sign-ins are locked and for how long. */
final class LoginFailures implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String query = e instanceof SignInLocked locked ? "locked=" + locked.minutes() : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
