package dev.outward.inconvenience;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Lays the rules files over each other (built-in first) and turns the merged drafts into {@link Rule}s,
 * recording every problem with the rule and field it concerns.
 */
final class RuleResolver {

    private static final List<String> CONDITIONS = List.of("when", "first", "then");

    final List<Rule> rules = new ArrayList<>();
    final List<RuleError> errors = new ArrayList<>();
    final Map<RuleId, String> origins = new LinkedHashMap<>();
    private final Map<String, JsonNode> defines = new LinkedHashMap<>();

    RuleResolver(List<RuleFile> files) {
        var drafts = new LinkedHashMap<String, RuleDraft>();
        for (var file : files) {
            errors.addAll(file.errors);
            defines.putAll(file.defines);
            file.drafts.forEach(d -> drafts.merge(d.id, d, RuleDraft::mergedWith));
        }
        drafts.values().forEach(this::resolve);
    }

    private void resolve(RuleDraft draft) {
        int before = errors.size();
        var kind = kind(draft);
        if (kind.isEmpty()) {
            return;
        }
        for (String field : List.of("description", "when", "first", "then", "within", "attribute")) {
            if (draft.has(field) && !draft.field(field).isString()) {
                error(draft, field, "expected text, got " + draft.field(field));
            }
        }
        if (draft.has("enabled") && !draft.field("enabled").isBoolean()) {
            error(draft, "enabled", "expected true or false, got " + draft.field("enabled"));
        }
        for (String field : List.of("when", "first", "then", "within", "attribute")) {
            boolean applies = kind.get().requiredFields().contains(field) || field.equals("attribute") && kind.get().hasCause();
            if (draft.has(field) && !applies) {
                error(draft, field, "does not apply to a " + kind.get().wireName() + " rule, which takes "
                        + String.join(", ", kind.get().requiredFields()));
            } else if (!draft.has(field) && kind.get().requiredFields().contains(field)) {
                error(draft, field, "is required for a " + kind.get().wireName() + " rule");
            }
        }
        if (errors.size() > before) {
            return;
        }
        var conditions = new LinkedHashMap<String, String>();
        for (String field : CONDITIONS) {
            if (draft.has(field)) {
                conditions.put(field, condition(draft, field));
            }
        }
        var within = within(draft);
        String description = description(draft, draft.has("within") ? Optional.of(within) : Optional.empty());
        var attribution = attribution(draft, kind.get());
        if (errors.size() > before) {
            return;
        }
        var rule = rule(draft, kind.get(), description, conditions, within, attribution);
        rules.add(rule);
        origins.put(rule.id(), draft.origin);
    }

    private Rule rule(RuleDraft draft, RuleKind kind, String description, Map<String, String> conditions, Duration within,
                      Attribution attribution) {
        String counted = kind == RuleKind.FOLLOWED_BY ? conditions.get("then") : conditions.get("when");
        Optional<String> cause = switch (kind) {
            case REPEAT -> Optional.of(counted);
            case FOLLOWED_BY -> Optional.of(conditions.get("first"));
            default -> Optional.empty();
        };
        boolean enabled = !draft.has("enabled") || draft.field("enabled").booleanValue();
        return new Rule(new RuleId(draft.id), kind, description, enabled, counted, cause, within, attribution);
    }

    private Optional<RuleKind> kind(RuleDraft draft) {
        if (!draft.has("kind")) {
            error(draft, "kind", "is required (no earlier rule has this id to inherit it from); one of " + RuleKind.wireNames());
            return Optional.empty();
        }
        var kind = draft.field("kind").isString() ? RuleKind.fromWire(draft.field("kind").stringValue()) : Optional.<RuleKind>empty();
        if (kind.isEmpty()) {
            error(draft, "kind", "must be one of " + RuleKind.wireNames() + ", got " + draft.field("kind"));
        }
        return kind;
    }

    private String condition(RuleDraft draft, String field) {
        String text = draft.field(field).stringValue();
        if (text.isBlank()) {
            error(draft, field, "must be a SQL condition over the event columns, got an empty text");
            return text;
        }
        var problems = new ArrayList<String>();
        String filled = Templates.fill(text, draft.params, defines, problems);
        problems.forEach(p -> error(draft, field, p));
        return filled;
    }

    private String description(RuleDraft draft, Optional<Duration> within) {
        if (!draft.has("description")) {
            return "";
        }
        var problems = new ArrayList<String>();
        String filled = Templates.describe(draft.field("description").stringValue(), draft.params, within, problems);
        problems.forEach(p -> error(draft, "description", p));
        return filled;
    }

    private Duration within(RuleDraft draft) {
        if (!draft.has("within")) {
            return Duration.ZERO;
        }
        String text = draft.field("within").stringValue();
        return Durations.parse(text).orElseGet(() -> {
            error(draft, "within", "'" + text + "' is not a duration such as 168h, 30m, 7d or 90s");
            return Duration.ZERO;
        });
    }

    private Attribution attribution(RuleDraft draft, RuleKind kind) {
        if (!kind.hasCause()) {
            return Attribution.EVENT;
        }
        if (!draft.has("attribute")) {
            return Attribution.CAUSE;
        }
        return switch (draft.field("attribute").stringValue()) {
            case "cause" -> Attribution.CAUSE;
            case "event" -> Attribution.EVENT;
            default -> {
                error(draft, "attribute", "must be cause or event, got " + draft.field("attribute"));
                yield Attribution.CAUSE;
            }
        };
    }

    private void error(RuleDraft draft, String field, String why) {
        errors.add(new RuleError(draft.origin, draft.id, field, why));
    }
}
