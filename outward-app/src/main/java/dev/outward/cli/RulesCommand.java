package dev.outward.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.outward.inconvenience.RuleCatalog;
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
        try (var database = DataDir.open(root)) {
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
        @ParentCommand
        RulesCommand rules;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (var database = DataDir.open(rules.root)) {
                DataDir.events(database);
                var errors = RuleCatalog.check(database, file);
                if (errors.isEmpty()) {
                    out.println(file + ": OK");
                } else {
                    errors.forEach(error -> out.println(error));
                    out.printf("%s: %d error(s)%n", file, errors.size());
                }
                out.flush();
                return errors.isEmpty() ? 0 : 1;
            }
        }
    }
}
