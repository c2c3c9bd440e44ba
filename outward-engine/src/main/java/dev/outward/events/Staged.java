package dev.outward.events;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** One import's rows waiting in scratch tables to be stored, and what was rejected on the way. */
final class Staged {

    final int batch;
    final List<Rejection> rejections = new ArrayList<>();
    long read;
    private final List<StagingTable> stagings = Collections.synchronizedList(new ArrayList<>());
    private final List<String> ownTables = new ArrayList<>();
    private final List<String> ownSelects = new ArrayList<>();

    Staged(int batch) {
        this.batch = batch;
    }

    StagingTable add(StagingTable staging) {
        stagings.add(staging);
        return staging;
    }

    /** A scratch table filled by SQL rather than an appender; {@code select} gives its rows in the wide shape. */
    void addTable(String table, String select) {
        ownTables.add(table);
        ownSelects.add(select);
    }

    List<String> tables() {
        return Stream.concat(ownTables.stream(), stagings.stream().flatMap(s -> s.tables().stream())).toList();
    }

    /** All staged rows as one SELECT, empty when nothing was staged. */
    Optional<String> union() {
        var selects = Stream.concat(ownSelects.stream(), stagings.stream().flatMap(s -> s.selects().stream())).toList();
        return selects.isEmpty() ? Optional.empty() : Optional.of(String.join(" UNION ALL ", selects));
    }
}
