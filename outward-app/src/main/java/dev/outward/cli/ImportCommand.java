package dev.outward.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import dev.outward.events.ImportException;
import dev.outward.events.ImportResult;
import dev.outward.events.Mapping;
import dev.outward.events.SourceName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports event-format NDJSON, or CSV, NDJSON or Parquet through a mapping.",
                "Each file is one transaction. Exit 0: all rows fine; 3: some rows rejected (the rest stored);",
                "1: a file could not be imported at all (nothing of it stored)."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    Outward root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to import.")
    List<Path> files;

    @Option(names = "--map", paramLabel = "MAP.sql", description = "A DuckDB SELECT over `source` returning event-format columns.")
    Path map;

    @Option(names = "--source", paramLabel = "NAME", defaultValue = "import",
            description = "Source name; event ids are unique per source (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "API token (from the server's My tokens page; - for standard input) to send the files to a running server; env OUTWARD_TOKEN.")
    Path tokenFile;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        var server = dev.outward.server.ServerFile.read(root.data);
        String token = token();
        if (server.isPresent() && token != null && map == null) {
            return Upload.send(server.get(), files, source, token, out, err);
        }
        var sourceName = new SourceName(source);
        var mapping = map == null ? null : Mapping.read(map);
        int exit = 0;
        try (var database = DataDir.open(root)) {
            var events = DataDir.events(database);
            for (Path file : files) {
                try {
                    var bar = ProgressBar.forTerminal(file.getFileName().toString(), err);
                    ImportResult result = events.newImport(file).source(sourceName).mapping(mapping).progress(bar).run();
                    bar.done();
                    Summary.of(result).print(out);
                    if (!result.clean()) {
                        exit = Math.max(exit, Outward.REJECTED_ROWS);
                    }
                } catch (ImportException e) {
                    err.println("outward: " + e.getMessage());
                    err.println("  nothing of " + file.getFileName() + " was stored");
                    exit = 1;
                }
            }
        }
        return exit;
    }

    private String token() {
        if (tokenFile != null) {
            String token = OptionErrors.firstLine(tokenFile, "token file").strip();
            return token.isEmpty() ? null : token;
        }
        String env = System.getenv("OUTWARD_TOKEN");
        return env == null || env.isBlank() ? null : env.strip();
    }
}
