package dev.outward.inconvenience;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * One rules file read into named condition fragments ({@code define}) and rule drafts, with every structural
 * problem recorded rather than thrown, so that {@code rules check} can name them all.
 */
final class RuleFile {

    static final String BUILTIN = "rules/builtin.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Set<String> TOP_LEVEL = Set.of("version", "define", "rules");

    final String origin;
    final Map<String, JsonNode> defines = new LinkedHashMap<>();
    final List<RuleDraft> drafts = new ArrayList<>();
    final List<RuleError> errors = new ArrayList<>();

    private RuleFile(String origin) {
        this.origin = origin;
    }

    static RuleFile builtin() {
        try (InputStream in = RuleFile.class.getClassLoader().getResourceAsStream(BUILTIN)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "builtin");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The built-in rule catalog " + BUILTIN + " is missing from the engine jar", e);
        }
    }

    static RuleFile read(Path file) {
        try {
            return parse(Files.readString(file), file.getFileName().toString());
        } catch (IOException e) {
            var unreadable = new RuleFile(file.getFileName().toString());
            unreadable.errors.add(RuleError.ofFile(unreadable.origin, "cannot read it: " + e.getMessage()));
            return unreadable;
        }
    }

    static RuleFile parse(String yaml, String origin) {
        var file = new RuleFile(origin);
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JacksonException e) {
            file.errors.add(RuleError.ofFile(origin, "not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
            return file;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return file;
        }
        if (!root.isObject()) {
            file.errors.add(RuleError.ofFile(origin, "expected a mapping with 'define:' and 'rules:'"));
            return file;
        }
        root.properties().forEach(e -> {
            if (!TOP_LEVEL.contains(e.getKey())) {
                file.errors.add(RuleError.ofFile(origin, "unknown top-level key '" + e.getKey() + "'; expected define, rules"));
            }
        });
        file.readDefines(root.get("define"));
        file.readRules(root.get("rules"));
        return file;
    }

    private void readDefines(JsonNode node) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isObject()) {
            errors.add(RuleError.ofFile(origin, "define: expected name: SQL condition pairs"));
            return;
        }
        node.properties().forEach(e -> {
            if (!e.getValue().isString() || !Templates.isName(e.getKey())) {
                errors.add(new RuleError(origin, "", "define." + e.getKey(),
                        "expected a name of lower-case letters, digits and '_' with a SQL condition as its value"));
            } else {
                defines.put(e.getKey(), e.getValue());
            }
        });
    }

    private void readRules(JsonNode node) {
        if (node == null || node.isNull()) {
            return;
        }
        if (!node.isArray()) {
            errors.add(RuleError.ofFile(origin, "rules: expected a list of rules, each starting with '- id:'"));
            return;
        }
        Set<String> seen = new HashSet<>();
        int position = 0;
        for (JsonNode entry : node) {
            position++;
            readRule(entry, "#" + position, seen);
        }
    }

    private void readRule(JsonNode entry, String position, Set<String> seen) {
        if (!entry.isObject()) {
            errors.add(new RuleError(origin, position, "", "expected a mapping of rule fields"));
            return;
        }
        JsonNode id = entry.get("id");
        if (id == null || !id.isString() || !RuleId.isValid(id.stringValue())) {
            errors.add(new RuleError(origin, position, "id", id == null ? "is required"
                    : "must be 1-64 lower-case letters, digits or '-', got " + id));
            return;
        }
        String name = id.stringValue();
        if (!seen.add(name)) {
            errors.add(new RuleError(origin, name, "id", "is defined twice in this file"));
            return;
        }
        var draft = new RuleDraft(name, origin);
        entry.properties().forEach(e -> {
            if (!RuleDraft.FIELDS.contains(e.getKey())) {
                errors.add(new RuleError(origin, name, e.getKey(), "unknown field; rule fields are "
                        + String.join(", ", RuleDraft.FIELDS)));
            } else if (e.getKey().equals("params")) {
                readParams(draft, e.getValue());
            } else if (!e.getKey().equals("id")) {
                draft.fields.put(e.getKey(), e.getValue());
            }
        });
        drafts.add(draft);
    }

    private void readParams(RuleDraft draft, JsonNode params) {
        if (!params.isObject()) {
            errors.add(new RuleError(origin, draft.id, "params", "expected name: value pairs"));
            return;
        }
        params.properties().forEach(p -> {
            var value = p.getValue();
            if (!Templates.isName(p.getKey()) || !(value.isNumber() || value.isString() || value.isBoolean())) {
                errors.add(new RuleError(origin, draft.id, "params." + p.getKey(),
                        "expected a name of lower-case letters, digits and '_' with a number, text or true/false value"));
            } else {
                draft.params.put(p.getKey(), value);
            }
        });
    }
}
