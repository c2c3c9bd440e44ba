package dev.outward.cli;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
        // a server already on this data is the likelier reason for a busy port: name it first
        var running = ServerFile.read(data);
        if (running.isPresent()) {
            throw new StoreException("An Outward server already serves " + data + " at " + running.get().url()
                    + " (pid " + running.get().pid() + ")", null);
        }
        checkCanListen(host, port);
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

    /**
     * Refuses a port another process listens on before anything is made: Spring would find out only after the
     * store was opened and the first admin created, its one-time password printed for a server that never ran.
     * Another process may still take the port between this check and the server's start; Spring then fails as before.
     */
    static void checkCanListen(String host, int port) {
        if (port == 0) {
            return;
        }
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, port));
        } catch (BindException e) {
            throw new IllegalArgumentException("port " + port + " is in use on " + host + ": choose another with --port", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot listen on " + host + " port " + port + ": " + e.getMessage(), e);
        }
    }
}
