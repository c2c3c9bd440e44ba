package dev.outward.server;

import java.nio.file.Path;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import dev.outward.events.ImportResult;
import dev.outward.events.SourceName;

/**
 * Imports files while the server holds the store, so that {@code outward import} need not stop it. The import
 * takes the store's turn for its whole run: pages wait for it rather than read a half-written import.
 */
@Service
public class Imports {

    private final Store store;
    private final ApplicationEventPublisher publisher;

    Imports(Store store, ApplicationEventPublisher publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    public ImportResult importFile(Path file, SourceName source) {
        return importFile(file, file.toAbsolutePath().toString(), source);
    }

    /**
     * Imports a copy, such as a file sent to the API, recorded under the name its sender knows it by rather than
     * the server's temporary path.
     */
    public ImportResult importFile(Path copy, String recordedAs, SourceName source) {
        ImportResult result = store.events(stored -> stored.newImport(copy).recordedAs(recordedAs).source(source).run());
        publisher.publishEvent(new EventsImported(source.value(), String.valueOf(copy.getFileName()), result.read(),
                result.stored(), result.duplicates(), result.rejected()));
        return result;
    }
}
