package dev.outward.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** The store could not do what was asked; the message says what and, where known, what to do. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    static StoreException opening(Path dataDir, SQLException e) {
        var message = String.valueOf(e.getMessage());
        if (message.contains("Could not set lock") || message.contains("Conflicting lock")) {
            return new StoreException("The store in " + dataDir + " is held by another Outward process"
                    + " (a running server?). Stop it, or send the command to the server, then try again.", e);
        }
        return new StoreException("Cannot open the store in " + dataDir + ": " + message, e);
    }
}
