package dev.outward.web;

/**
 * A headline figure: what it is, how it is shown, the raw value (the page's {@code data-value}, what tests and
 * scripts read) and an optional note under it.
 */
public record Tile(String id, String label, String shown, Object value, String note) {

    Tile noted(String note) {
        return new Tile(id, label, shown, value, note);
    }
}
