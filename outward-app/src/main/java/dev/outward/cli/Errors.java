package dev.outward.cli;

import dev.outward.events.ImportException;
import dev.outward.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns a failure into one clear line on stderr and exit 1; the stack trace only with {@code --verbose}. */
final class Errors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        var root = commandLine.getCommandSpec().root().userObject();
        boolean verbose = root instanceof Outward outward && outward.verbose;
        String message = e instanceof ImportException || e instanceof StoreException || e instanceof IllegalArgumentException
                ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        err.println("outward: " + message);
        if (verbose) {
            e.printStackTrace(err);
        } else if (!(e instanceof ImportException || e instanceof StoreException || e instanceof IllegalArgumentException)) {
            err.println("(run again with --verbose for details)");
        }
        err.flush();
        return 1;
    }
}
