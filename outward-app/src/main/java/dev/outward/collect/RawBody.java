package dev.outward.collect;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes a tracking request's body before anything else can. SDKs label JSON as form-urlencoded (the RudderStack
 * Node SDK gzips and does so), and anything that asked the container for a form parameter would then try to parse
 * the JSON, or the gzip bytes, as a form. The body is kept as a request attribute and parameters are hidden.
 */
final class RawBody extends OncePerRequestFilter {

    static final String BODY = RawBody.class.getName() + ".body";
    static final String TOO_LARGE = RawBody.class.getName() + ".tooLarge";

    private final int limit;

    RawBody(int limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod())) {
            try {
                request.setAttribute(BODY, RequestBody.read(request, limit));
            } catch (RequestBody.TooLarge e) {
                request.setAttribute(TOO_LARGE, e.getMessage());
            } catch (java.util.zip.ZipException | java.io.EOFException e) {
                request.setAttribute(TOO_LARGE, "the body says Content-Encoding: gzip but is not valid gzip");
            }
        }
        chain.doFilter(new WithoutParameters(request), response);
    }

    private static final class WithoutParameters extends HttpServletRequestWrapper {
        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
