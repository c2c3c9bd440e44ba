package dev.outward.collect;

import java.util.List;

/** What a request's messages came to. Everything counted here is durable when the caller gets it. */
public record Acceptance(int accepted, List<Refusal> refused) {
}
