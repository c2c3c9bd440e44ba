package dev.outward.server;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Once the web server listens: writes {@code server.json} and tells the person who started it where to go. The
 * line goes to the console, not the log: it is the one thing a newcomer running the demo needs to see.
 */
@Component
class Announcer {

    private final ServerSettings settings;
    private final Environment environment;

    Announcer(ServerSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        String host = environment.getProperty("server.address", "127.0.0.1");
        String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        String url = "http://" + shown + ":" + web.getWebServer().getPort();
        try {
            ServerFile.write(settings.dataDir(), new RunningServer(ProcessHandle.current().pid(), url));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + ServerFile.NAME + " into " + settings.dataDir(), e);
        }
        System.out.println("Outward is serving " + settings.dataDir().toAbsolutePath() + " at " + url + "  (Ctrl+C stops it)");
        System.out.flush();
    }

    @EventListener
    void closed(ContextClosedEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext) {
            ServerFile.delete(settings.dataDir());
        }
    }
}
