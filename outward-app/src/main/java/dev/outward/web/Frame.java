package dev.outward.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the layout shows around every page: who is signed in and the navigation, whose links carry the filters
 * along so that moving between pages keeps the view.
 */
@ControllerAdvice(annotations = Controller.class)
class Frame {

    /** A navigation entry; {@code least} is the least role that sees it. */
    record Entry(String key, String path, String least) {
    }

    record Link(String key, String href, boolean active) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry("nav.overview", "/", "VIEWER"),
            new Entry("nav.services", "/services", "VIEWER"),
            new Entry("nav.inconvenience-types", "/inconvenience-types", "VIEWER"),
            new Entry("nav.contact-centre", "/contact-centre", "VIEWER"),
            new Entry("nav.retention", "/retention", "VIEWER"),
            new Entry("nav.relationship-depth", "/relationship-depth", "VIEWER"),
            new Entry("nav.customer", "/customer", "ANALYST"),
            new Entry("nav.data", "/data", "ADMIN"));

    @ModelAttribute("me")
    Me me(Authentication authentication) {
        return authentication == null ? null : Me.of(authentication);
    }

    @ModelAttribute("nav")
    List<Link> nav(Authentication authentication, HttpServletRequest request, Filters filters) {
        return links(authentication, request, filters);
    }

    /**
     * The frame of a page an exception handler answers (the 400 page): Spring runs no model attribute method for it,
     * so it would show neither the navigation nor who is signed in. Its links drop the filters, which are what was wrong.
     */
    static ModelAndView framed(ModelAndView page, HttpServletRequest request) {
        var authentication = request.getUserPrincipal() instanceof Authentication signedIn ? signedIn : null;
        page.addObject("me", authentication == null ? null : Me.of(authentication));
        page.addObject("nav", links(authentication, request, Filters.none()));
        return page;
    }

    private static List<Link> links(Authentication authentication, HttpServletRequest request, Filters filters) {
        if (authentication == null) {
            return List.of();
        }
        var me = Me.of(authentication);
        String query = filters.query().isEmpty() ? "" : "?" + filters.query();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return ENTRIES.stream()
                .filter(e -> e.least().equals("VIEWER") || e.least().equals("ANALYST") && me.analyst() || me.admin())
                .map(e -> new Link(e.key(), request.getContextPath() + e.path() + query,
                        e.path().equals("/") ? path.equals("/") : path.startsWith(e.path())))
                .toList();
    }

    /** The page's own path, for links that drop the filters. */
    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("filters")
    Filters filters(Filters filters) {
        return filters;
    }

    /**
     * Every page binds the filters here, so a date that is not one fails here first, on any page (a report, its CSV,
     * the data page): a 400 page naming it rather than an empty 400. The API answers with {@link ApiErrors} instead.
     */
    @ExceptionHandler(BindException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView unreadable(BindException e, HttpServletRequest request) {
        return framed(PageErrors.refused(Filters.unreadable(e.getBindingResult())), request);
    }
}
