package dev.outward.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTests {

    @TempDir
    Path tmp;

    private Database database;

    @BeforeEach
    void table() {
        database = Database.open(tmp);
        database.execute("CREATE TABLE t (n INTEGER)");
        database.execute("INSERT INTO t VALUES (1)");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aConsistentReadSeesNoCommitMadeWhileItRuns() {
        var seen = database.consistently(() -> {
            long before = rows();
            elsewhere("INSERT INTO t VALUES (2)");
            return List.of(before, rows());
        });

        assertThat(seen).containsExactly(1L, 1L);
        assertThat(rows()).isEqualTo(2);
    }

    @Test
    void aConsistentReadInsideAnotherJoinsIt() {
        var seen = database.consistently(() -> {
            long before = rows();
            elsewhere("INSERT INTO t VALUES (2)");
            return List.of(before, database.consistently(this::rows));
        });

        assertThat(seen).containsExactly(1L, 1L);
    }

    @Test
    void afterAConsistentReadEachStatementCommitsAgainEvenWhenItFailed() {
        assertThatThrownBy(() -> database.consistently(() -> rows("missing"))).isInstanceOf(StoreException.class);
        database.execute("INSERT INTO t VALUES (3)");

        assertThat(CompletableFuture.supplyAsync(this::rows).join()).as("seen by another connection").isEqualTo(2);
    }

    private long rows() {
        return rows("t");
    }

    private long rows(String table) {
        return database.sql().queryLong("SELECT count(*) FROM " + table);
    }

    /** A statement on another thread, so on another connection, committed when it returns. */
    private void elsewhere(String sql) {
        CompletableFuture.runAsync(() -> database.execute(sql)).join();
    }
}
