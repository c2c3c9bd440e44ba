package dev.outward.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import dev.outward.inconvenience.ReportFilter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code outward} command. Exit codes: 0 done, 1 failed, 2 bad usage, 3 done but some rows were rejected. */
@Command(name = "outward", mixinStandardHelpOptions = true, version = "Outward 0.1.0",
        description = "Counts every time a customer is inconvenienced and traces it to the IT service behind it.",
        subcommands = {DemoCommand.class, GenerateCommand.class, ImportCommand.class, EventsCommand.class, StatsCommand.class,
                DetectCommand.class, RulesCommand.class, ReportCommand.class, ExplainCommand.class,
                ServeCommand.class, UsersCommand.class, SourcesCommand.class, CommandLine.HelpCommand.class})
public final class Outward {

    public static final int REJECTED_ROWS = 3;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR",
            defaultValue = "${env:OUTWARD_DATA:-./outward-data}",
            description = "Data directory (default: ${DEFAULT-VALUE}; env OUTWARD_DATA).")
    Path data;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        var commandLine = new CommandLine(new Outward());
        commandLine.setExecutionExceptionHandler(new Errors());
        // picocli's own message names a Java class and its parser's exception; the pages say it this way too
        commandLine.registerConverter(LocalDate.class, Outward::date);
        return commandLine;
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a date: expected " + ReportFilter.DATE_FORM);
        }
    }
}
