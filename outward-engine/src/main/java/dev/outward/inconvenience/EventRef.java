package dev.outward.inconvenience;

/** The key of a stored event: ids are unique within a source, so both are needed. */
public record EventRef(String source, String id) {

    @Override
    public String toString() {
        return source + "/" + id;
    }
}
