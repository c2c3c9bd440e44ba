package dev.outward.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Filters that cannot be (a period ending before it starts): the report pages and their CSV downloads say so, with
 * the reason, in a 400 page instead of failing, framed like every page. Filters that cannot be read at all are
 * {@link Frame}'s to answer.
 */
@ControllerAdvice(assignableTypes = {OverviewPage.class, ServicesPage.class, InconvenienceTypesPage.class,
        ContactCentrePage.class, RetentionPage.class, RelationshipDepthPage.class})
class PageErrors {

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView refused(IllegalArgumentException e, HttpServletRequest request) {
        return Frame.framed(refused(e.getMessage()), request);
    }

    static ModelAndView refused(String reason) {
        var page = new ModelAndView("error");
        page.addObject("status", 400);
        page.addObject("reason", reason);
        return page;
    }
}
