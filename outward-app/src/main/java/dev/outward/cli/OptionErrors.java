package dev.outward.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What a person typed, in the words they typed it: the engine checks settings under their Java names
 * ({@code failedPayment must be …}), the command line names the option ({@code --failed-payment must be …}), and a
 * file an option names is read or written with a sentence instead of an exception's class name.
 */
final class OptionErrors {

    private static final Pattern JAVA_NAME = Pattern.compile("^([a-z]+(?:[A-Z][a-z]*)*) (must .*)");

    private OptionErrors() {
    }

    /** {@code failedPayment must be between 0 and 1, got 2.0} → {@code --failed-payment must be between 0 and 1, got 2.0}. */
    static IllegalArgumentException named(IllegalArgumentException e) {
        var message = JAVA_NAME.matcher(String.valueOf(e.getMessage()));
        if (!message.matches()) {
            return e;
        }
        String option = "--" + message.group(1).replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
        return new IllegalArgumentException(option + " " + message.group(2), e);
    }

    /** The first line of a file an option names, {@code -} meaning standard input (so a secret need not be a file). */
    static String firstLine(Path file, String what) {
        try {
            if (file.toString().equals("-")) {
                var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? "" : line;
            }
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the " + what + " " + file + ": " + why(e), e);
        }
    }

    /** Fails before any work when {@code file} cannot be created where it is asked for. */
    static void checkWritable(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException("cannot write " + file + ": the directory does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException("cannot write " + file + ": it is a directory");
        }
    }

    static String why(IOException e) {
        return switch (e) {
            case NoSuchFileException ignored -> "no such file";
            case AccessDeniedException ignored -> "permission denied";
            default -> String.valueOf(e.getMessage());
        };
    }
}
