package dev.outward.web;

import java.time.Instant;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;

import dev.outward.events.ImportException;

/**
 * A request the caller must fix gets 400 problem+json whose detail says what to change: filters that cannot be read
 * or cannot be, a parameter of the wrong kind or out of range, a file that cannot be imported. Without this a bad
 * date was an empty 400 and {@code limit=abc} answered with a parser's message.
 */
@RestControllerAdvice(assignableTypes = {Api.class, FiguresApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE) // before Frame, which binds the filters for every controller and answers with a page
class ApiErrors {

    @ExceptionHandler({IllegalArgumentException.class, ImportException.class})
    ProblemDetail refused(RuntimeException e) {
        return badRequest(e.getMessage());
    }

    @ExceptionHandler(ResponseStatusException.class)
    ProblemDetail status(ResponseStatusException e) {
        return ProblemDetail.forStatusAndDetail(e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail unreadable(BindException e) {
        return badRequest(Filters.unreadable(e.getBindingResult()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mistyped(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type == int.class || type == Integer.class ? "a whole number"
                : type == Instant.class ? "a time such as 2026-03-31T00:00:00Z"
                : "a " + (type == null ? "value of its kind" : type.getSimpleName());
        return badRequest(e.getName() + " is \"" + e.getValue() + "\", which is not " + expected);
    }

    private static ProblemDetail badRequest(String detail) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    }
}
