package dev.outward.inconvenience;

import java.util.List;
import java.util.stream.Collectors;

/** The rules cannot be used; every problem found is listed, not only the first. */
public class RulesException extends RuntimeException {

    private final List<RuleError> errors;

    public RulesException(List<RuleError> errors) {
        super("The rules have " + errors.size() + " error(s):\n  "
                + errors.stream().map(RuleError::toString).collect(Collectors.joining("\n  ")));
        this.errors = List.copyOf(errors);
    }

    public List<RuleError> errors() {
        return errors;
    }
}
