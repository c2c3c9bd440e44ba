package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every message key the templates and the code use is in messages.properties. Literal keys are found in the
 * templates ({@code #{key}}) and in the Java sources (strings like {@code "users.refused.exists"}); keys built at
 * run time ({@code column.*}, {@code role.*}) are checked from the values that build them. The page tests also
 * fail on Thymeleaf's {@code ??key??} marker, which covers what a scan cannot see.
 */
class MessageKeysTests {

    private static final Path MAIN = Path.of("src/main");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][a-zA-Z0-9.-]+)[}(]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:nav|users|tokens|page|data|login|column|role|error|filters|table|empty|pager|customer|chart|tile|overview|services?|rule|contact|retention|depth|channel|timeline|unit)\\.[a-z0-9.-]+)\"");
    private static final Pattern COLUMNS = Pattern.compile("List\\.of\\((\"[a-z-]+\"(?:, \"[a-z-]+\")*)\\)");

    @Test
    void every_key_used_is_defined() throws IOException {
        var messages = new Properties();
        try (Reader reader = Files.newBufferedReader(MAIN.resolve("resources/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        var missing = new TreeSet<String>();
        for (Path file : files("resources/templates", ".html")) {
            TEMPLATE_KEY.matcher(Files.readString(file)).results().map(m -> m.group(1))
                    .filter(key -> !messages.containsKey(key)).forEach(key -> missing.add(key + "  (" + file.getFileName() + ")"));
        }
        for (Path file : files("java", ".java")) {
            String source = Files.readString(file);
            CODE_KEY.matcher(source).results().map(m -> m.group(1))
                    .filter(key -> !messages.containsKey(key)).forEach(key -> missing.add(key + "  (" + file.getFileName() + ")"));
            if (source.contains("new Table(")) {
                COLUMNS.matcher(source).results().flatMap(m -> Stream.of(m.group(1).split(", ")))
                        .map(column -> "column." + column.replace("\"", ""))
                        .filter(key -> !messages.containsKey(key)).forEach(key -> missing.add(key + "  (" + file.getFileName() + ")"));
            }
        }
        for (var role : dev.outward.users.Role.values()) {
            if (!messages.containsKey("role." + role)) {
                missing.add("role." + role);
            }
        }
        assertThat(missing).as("message keys missing from messages.properties").isEmpty();
    }

    private static java.util.List<Path> files(String folder, String suffix) throws IOException {
        try (var paths = Files.walk(MAIN.resolve(folder))) {
            return paths.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
