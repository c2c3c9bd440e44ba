package dev.outward.web;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What every report page needs before its figures: its name, the filter bar's choices, and, when there is nothing to
 * show yet, which empty state says what to do about it ({@code empty.<state>.*} messages).
 */
@Component
class Pages {

    static final String NO_EVENTS = "no-events";
    static final String NOT_DETECTED = "not-detected";
    static final String NOTHING_IN_SCOPE = "nothing-in-scope";
    static final String NO_CONTACTS = "no-contacts";

    private final Figures figures;
    private final FilterChoices choices;

    Pages(Figures figures, FilterChoices choices) {
        this.figures = figures;
        this.choices = choices;
    }

    /** Fills the common model; returns the empty state when the store has no detected figures at all. */
    Optional<String> prepare(String page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("choices", choices.get());
        var state = !figures.anyEvents() ? Optional.of(NO_EVENTS) : figures.detected() ? Optional.<String>empty() : Optional.of(NOT_DETECTED);
        state.ifPresent(s -> model.addAttribute("empty", s));
        return state;
    }

    /** When the filters leave nothing to show, says so (the page still renders its frame). */
    static void nothingIn(boolean nothing, Model model) {
        if (nothing) {
            model.addAttribute("empty", NOTHING_IN_SCOPE);
        }
    }
}
