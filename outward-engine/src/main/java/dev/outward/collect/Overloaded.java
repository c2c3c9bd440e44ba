package dev.outward.collect;

/** More is waiting to be stored than the limit allows: the sender should retry after a while (HTTP 429). */
public class Overloaded extends RuntimeException {

    private final int retryAfterSeconds;

    public Overloaded(long pending, long limit, int retryAfterSeconds) {
        super("%,d events are waiting to be stored (limit %,d); retry in %d s".formatted(pending, limit, retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
