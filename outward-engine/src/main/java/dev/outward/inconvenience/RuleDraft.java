package dev.outward.inconvenience;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * A rule as a file states it, before resolution: field name to YAML value. A deployment's file may state only the
 * fields it changes, so drafts of the same id merge field by field, params key by key.
 */
final class RuleDraft {

    static final List<String> FIELDS = List.of("id", "kind", "description", "enabled", "when", "first", "then",
            "within", "attribute", "params");

    final String id;
    final String origin;
    final Map<String, JsonNode> fields = new LinkedHashMap<>();
    final Map<String, JsonNode> params = new LinkedHashMap<>();

    RuleDraft(String id, String origin) {
        this.id = id;
        this.origin = origin;
    }

    /** This draft with {@code override}'s fields laid over it; the origin becomes the override's for errors. */
    RuleDraft mergedWith(RuleDraft override) {
        var merged = new RuleDraft(id, override.origin);
        merged.fields.putAll(fields);
        merged.fields.putAll(override.fields);
        merged.params.putAll(params);
        merged.params.putAll(override.params);
        return merged;
    }

    JsonNode field(String name) {
        return fields.get(name);
    }

    boolean has(String name) {
        return fields.containsKey(name) && !fields.get(name).isNull();
    }
}
