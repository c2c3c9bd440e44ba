package dev.outward.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.outward.events.ImportException;

/**
 * A request the caller must fix gets 400 problem+json whose detail says what to change: filters that cannot be read
 * or cannot be, a file that cannot be imported. Without this a date that is not one was an empty 400.
 */
@RestControllerAdvice(assignableTypes = {Api.class, FiguresApi.class})
class ApiErrors {

    @ExceptionHandler({IllegalArgumentException.class, ImportException.class})
    ProblemDetail refused(RuntimeException e) {
        return badRequest(e.getMessage());
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail unreadable(BindException e) {
        return badRequest(Filters.unreadable(e.getBindingResult()));
    }

    private static ProblemDetail badRequest(String detail) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    }
}
