package dev.outward.demo;

/**
 * The event being written, field by field, straight into its customer's buffer: channel, service and reason first,
 * then attributes, then {@link #end()}. Attribute names are constants of this package, so they are not escaped.
 */
final class Line {
    private final Timeline timeline;
    private final StringBuilder out;
    private final Timestamps timestamps;
    private boolean inAttrs;

    Line(Timeline timeline, StringBuilder out, Timestamps timestamps) {
        this.timeline = timeline;
        this.out = out;
        this.timestamps = timestamps;
    }

    Line open() {
        inAttrs = false;
        return this;
    }

    Line channel(String channel) {
        return field("channel", channel);
    }

    Line service(String service) {
        return field("service", service);
    }

    Line reason(String reason) {
        return field("reason", reason);
    }

    Line attr(String key, String value) {
        key(key);
        Json.quote(out, value);
        return this;
    }

    Line attr(String key, long value) {
        key(key);
        out.append(value);
        return this;
    }

    Line attr(String key, boolean value) {
        key(key);
        out.append(value);
        return this;
    }

    Line money(String key, long cents) {
        key(key);
        Json.cents(out, cents);
        return this;
    }

    Line time(String key, long epochSecond) {
        key(key);
        out.append('"');
        timestamps.append(out, epochSecond);
        out.append('"');
        return this;
    }

    Line date(String key, long epochSecond) {
        key(key);
        out.append('"');
        timestamps.appendDate(out, epochSecond);
        out.append('"');
        return this;
    }

    /** Closes the line; the timeline keeps it if its time is inside the period. */
    void end() {
        if (inAttrs) {
            out.append('}');
        }
        out.append("}\n");
        timeline.commit();
    }

    private Line field(String name, String value) {
        if (inAttrs) {
            throw new IllegalStateException(name + " must be written before the attrs");
        }
        if (value != null) {
            out.append(",\"").append(name).append("\":");
            Json.quote(out, value);
        }
        return this;
    }

    private void key(String key) {
        out.append(inAttrs ? ",\"" : ",\"attrs\":{\"").append(key).append("\":");
        inAttrs = true;
    }
}
