package dev.outward.cli;

import java.util.concurrent.Callable;

import dev.outward.collect.SourceKeys;
import dev.outward.events.SourceName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Collection sources and their write keys (for Segment-style SDKs sending to /v1/…).",
        subcommands = {SourcesCommand.Create.class, SourcesCommand.List.class, SourcesCommand.Revoke.class})
final class SourcesCommand {

    @ParentCommand
    Outward root;

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Creates a source (or another key for it) and prints its write key once; only a hash is kept.")
    static final class Create implements Callable<Integer> {
        @ParentCommand
        SourcesCommand sources;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME", description = "Source name; event ids are unique per source.")
        String name;

        @Override
        public Integer call() {
            try (var database = DataDir.open(sources.root)) {
                String key = new SourceKeys(database).create(new SourceName(name));
                var out = spec.commandLine().getOut();
                out.println("Source " + name + " created. Its write key (shown this once, keep it secret):");
                out.println(key);
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists sources (never their keys).")
    static final class List implements Callable<Integer> {
        @ParentCommand
        SourcesCommand sources;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            try (var database = DataDir.existing(sources.root)) {
                for (var source : new SourceKeys(database).list()) {
                    out.printf("%-24s created %s%s%n", source.name(), source.createdAt().toLocalDate(), source.revoked() ? "  (revoked)" : "");
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes every write key of a source.")
    static final class Revoke implements Callable<Integer> {
        @ParentCommand
        SourcesCommand sources;
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "NAME")
        String name;

        @Override
        public Integer call() {
            try (var database = DataDir.existing(sources.root)) {
                int revoked = new SourceKeys(database).revoke(new SourceName(name));
                spec.commandLine().getOut().printf("%d key(s) of %s revoked%n", revoked, name);
                spec.commandLine().getOut().flush();
                return revoked > 0 ? 0 : 1;
            }
        }
    }
}
