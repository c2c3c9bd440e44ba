package dev.outward.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.event.ContextClosedEvent;

import dev.outward.OutwardApplication;
import dev.outward.server.ServerFile;
import dev.outward.store.StoreException;

/** Starts the Spring Boot server on a data directory and waits until it stops (Ctrl+C). */
final class Server {

    private Server() {
    }

    static void serve(Path data, String host, int port) throws InterruptedException {
        var running = ServerFile.read(data);
        if (running.isPresent()) {
            throw new StoreException("An Outward server already serves " + data + " at " + running.get().url()
                    + " (pid " + running.get().pid() + ")", null);
        }
        // Fails fast, with the friendly message, if another process holds the store.
        DataDir.open(data).close();
        var stopped = new CountDownLatch(1);
        var application = new SpringApplicationBuilder(OutwardApplication.class)
                .listeners(event -> {
                    if (event instanceof ContextClosedEvent) {
                        stopped.countDown();
                    }
                })
                .build();
        // Command-line properties outrank application.properties; default properties would not.
        application.run("--outward.server.data-dir=" + data.toAbsolutePath(), "--server.address=" + host,
                "--server.port=" + port);
        stopped.await();
    }
}
