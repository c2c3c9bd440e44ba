package dev.outward.collect;

/** A message of a request that was not accepted: its index in the request and why. It is kept in the quarantine. */
public record Refusal(int index, String reason) {
}
