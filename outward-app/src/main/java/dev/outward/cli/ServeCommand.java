package dev.outward.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the pages and the API on the data directory until stopped (Ctrl+C).",
                "On the first start it creates the user admin (password from OUTWARD_ADMIN_PASSWORD, else printed once).",
                "While it runs it holds the store: other commands on the same data directory say so and where it is."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Outward root;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Override
    public Integer call() throws Exception {
        Server.serve(root.data, host, port);
        return 0;
    }
}
