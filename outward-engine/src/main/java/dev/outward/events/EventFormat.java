package dev.outward.events;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The event format's rules for one line, for callers that must answer before anything is stored (collection). */
public final class EventFormat {

    private EventFormat() {
    }

    /** Why {@code line} is not a valid event-format line, or empty when it is. */
    public static Optional<String> problem(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > Validation.MAX_LINE_BYTES) {
            return Optional.of("event is %,d bytes, over the 32 KB limit".formatted(bytes.length));
        }
        var draft = new Draft();
        String reason = new LineParser().parse(bytes, 0, bytes.length, draft);
        return Optional.ofNullable(reason != null ? reason : new Validation().check(draft));
    }
}
