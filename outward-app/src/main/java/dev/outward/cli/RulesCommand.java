package dev.outward.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;

import dev.outward.inconvenience.RuleCatalog;
import dev.outward.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists the active rules: the built-in catalog as changed by rules.yaml in the data directory."},
        subcommands = RulesCommand.Check.class)
final class RulesCommand implements Callable<Integer> {

    @ParentCommand
    Outward root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        try (var database = DataDir.existing(root)) {
            DataDir.events(database);
            for (var rule : RuleCatalog.load(database).all()) {
                out.printf("%-22s %-11s %s%s%n    %s%n", rule.id().value(), rule.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        rule.description(), rule.enabled() ? "" : "  (disabled)", rule.summary());
            }
        }
        out.flush();
        return 0;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Checks a rules file without using it; names each error (rule id, field, why). Exit 1 on errors.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;

        /**
         * Checks against a throwaway store: the conditions need only the events table's columns, which every store
         * of this version has, so the check works while a server holds the data directory and never creates a store.
         */
        @Override
        public Integer call() throws IOException {
            var out = spec.commandLine().getOut();
            Path scratch = Files.createTempDirectory("outward-rules-check-");
            try (var database = Database.open(scratch)) {
                var errors = RuleCatalog.check(database, file);
                if (errors.isEmpty()) {
                    out.println(file + ": OK");
                } else {
                    errors.forEach(error -> out.println(error));
                    out.printf("%s: %d error(s)%n", file, errors.size());
                }
                out.flush();
                return errors.isEmpty() ? 0 : 1;
            } finally {
                try (var files = Files.walk(scratch)) {
                    files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
        }
    }
}
