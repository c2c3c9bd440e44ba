package dev.outward.users;

/** A change to the users that was refused; {@code key} names the message a page shows, the text is for the console. */
public final class Refused extends IllegalArgumentException {

    private final String key;
    private final transient Object[] args;

    Refused(String key, String message, Object... args) {
        super(message);
        this.key = key;
        this.args = args;
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
