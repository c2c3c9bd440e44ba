package dev.outward.inconvenience;

import dev.outward.store.Database;

/**
 * Per value of a dimension's mask table, the customers with a row in it: one bitstring (bit k - 1 for customer k)
 * in {@code value_bits}. All time's customers of a channel, service or segment are these bits OR-ed with those of
 * the day rows; at 10M events counting a channel's active and inconvenienced customers took 3.4 instead of 18 ms,
 * where aggregating its mask rows (1.5M) reads every word of every customer. The mask rows change only when a build
 * writes them, a fold ORs days into them, or a run reaching back before the line clears days, so the bits are kept
 * there: rebuilt from the table after a build or a clearing (a scan, 15–40 ms a table at 10M), OR-ed with the fold's
 * fresh masks. Bitstrings OR only at one length, so all have {@link #capacity} bits, the largest key rounded up to a
 * power of two, and are rebuilt when the keys outgrow it.
 */
final class ValueBits {

    static final String TABLE = "value_bits";

    private ValueBits() {
    }

    static void create(Database database) {
        database.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (name VARCHAR NOT NULL, value VARCHAR NOT NULL, bits BIT NOT NULL)");
    }

    /** The length of every bitstring: room for the largest key, doubled when it is outgrown. */
    static int capacity(int largestKey) {
        return Integer.highestOneBit(Math.max(1, largestKey) * 2 - 1);
    }

    /** Each value's customers in {@code table}, from all of its rows. */
    static void rebuild(Database database, String table) {
        rebuild(database, table, table);
    }

    /** The bits named {@code name}, from {@code rows} (a table or subquery of keys and values). */
    static void rebuild(Database database, String name, String rows) {
        drop(database, name);
        database.sql().update("INSERT INTO %s SELECT ?, value, bitstring_agg(k, 1, %d) FROM %s GROUP BY value"
                .formatted(TABLE, capacity(database), rows), name);
    }

    /** Adds the customers of {@code fresh} (rows of keys and value about to be OR-ed into {@code table}). */
    static void add(Database database, String table, String fresh) {
        database.sql().update("""
                MERGE INTO %1$s t USING (SELECT value, bitstring_agg(k, 1, %2$d) AS bits FROM %3$s GROUP BY value) f
                ON t.name = ? AND t.value = f.value WHEN MATCHED THEN UPDATE SET bits = t.bits | f.bits
                WHEN NOT MATCHED THEN INSERT VALUES (?, f.value, f.bits)""".formatted(TABLE, capacity(database), fresh), table, table);
    }

    /** Rebuilds {@code table}'s bits when new keys outgrew their length. */
    static void keepUp(Database database, String table) {
        if (outgrown(database, table)) {
            rebuild(database, table);
        }
    }

    /** Whether new keys outgrew the length of the bits named {@code name}. */
    static boolean outgrown(Database database, String name) {
        var length = database.sql().query("SELECT bit_length(bits) FROM " + TABLE + " WHERE name = ? LIMIT 1",
                row -> row.getInt(1), name);
        return !length.isEmpty() && length.getFirst() != capacity(database);
    }

    static void drop(Database database, String table) {
        database.sql().update("DELETE FROM " + TABLE + " WHERE name = ?", table);
    }

    private static int capacity(Database database) {
        return capacity(CustomerDays.largestKey(database));
    }
}
