package dev.outward.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Supplier;

import org.duckdb.DuckDBConnection;

/**
 * The Outward store: one DuckDB file, {@value #FILE}, in the data directory.
 * <p>
 * DuckDB allows one writing process per file. Within the process, worker threads get their own
 * connection through {@link #newConnection()}; they share the database instance and its buffer pool.
 */
public final class Database implements AutoCloseable {

    public static final String FILE = "outward.duckdb";

    private final Path dataDir;
    private final DuckDBConnection connection;
    // A DuckDB connection is one session: statements of two threads on it would share a transaction. Every thread
    // (a web request, the collector's applier) gets its own connection to the same database for sql().
    private final java.util.List<DuckDBConnection> threadConnections = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final ThreadLocal<DuckDBConnection> perThread = ThreadLocal.withInitial(this::threadConnection);

    private Database(Path dataDir, DuckDBConnection connection) {
        this.dataDir = dataDir;
        this.connection = connection;
    }

    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            var properties = new Properties();
            // json, parquet and icu are built into the driver; never reach out for extensions.
            properties.setProperty("autoinstall_known_extensions", "false");
            properties.setProperty("autoload_known_extensions", "true");
            var url = "jdbc:duckdb:" + dataDir.resolve(FILE).toAbsolutePath();
            var connection = (DuckDBConnection) DriverManager.getConnection(url, properties);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TimeZone = 'UTC'");
                // Reports group by dense customer keys (1 … customers): up to 2^20 of them DuckDB then aggregates into
                // an array indexed by the key instead of a hash table, half the CPU for a year's customers at 10M events.
                statement.execute("SET GLOBAL perfect_ht_threshold = 20");
            }
            return new Database(dataDir, connection);
        } catch (SQLException e) {
            throw StoreException.opening(dataDir, e);
        } catch (java.io.IOException e) {
            throw new StoreException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /** This thread's connection: statements on it never mix with another thread's transaction. */
    public Connection connection() {
        return perThread.get();
    }

    /** A further connection to the same database, for a worker thread. The caller closes it. */
    public DuckDBConnection newConnection() {
        try {
            var duplicate = (DuckDBConnection) connection.duplicate();
            try (Statement statement = duplicate.createStatement()) {
                statement.execute("SET TimeZone = 'UTC'");
            }
            return duplicate;
        } catch (SQLException e) {
            throw new StoreException("Cannot open a connection to the store: " + e.getMessage(), e);
        }
    }

    /** Runs one statement; DuckDB closes a statement after an error, so each gets its own. */
    public void execute(String sql) {
        try (Statement statement = connection().createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StoreException(e.getMessage() + "\n  while running: " + sql, e);
        }
    }

    public Sql sql() {
        return new Sql(connection());
    }

    /**
     * Runs {@code read} in one transaction of this thread's connection, so that its statements all see one committed
     * state: a page's figures read while a detection run commits would otherwise pair tables of two runs. Inside a
     * transaction this thread already opened this way, it joins it.
     */
    public <T> T consistently(Supplier<T> read) {
        var own = connection();
        try {
            if (!own.getAutoCommit()) {
                return read.get();
            }
            own.setAutoCommit(false);
            try {
                T value = read.get();
                own.commit();
                return value;
            } catch (RuntimeException e) {
                own.rollback();
                throw e;
            } finally {
                own.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the store in one transaction: " + e.getMessage(), e);
        }
    }

    private DuckDBConnection threadConnection() {
        var created = newConnection();
        threadConnections.add(created);
        return created;
    }

    @Override
    public void close() {
        try {
            for (var threadConnection : threadConnections) {
                threadConnection.close();
            }
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Cannot close the store: " + e.getMessage(), e);
        }
    }
}
