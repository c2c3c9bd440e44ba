package dev.outward.inconvenience;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.outward.events.CustomerId;
import dev.outward.services.ServiceId;
import dev.outward.store.Database;
import dev.outward.store.SqlTime;

/** Reads stored inconveniences back, in the order a timeline shows them. */
final class InconvenienceReader {

    private static final String SELECT = "SELECT rule, customer, time, service, channel, source, event_id, cause_source,"
            + " cause_id FROM inconveniences";
    private static final String ORDER = " ORDER BY time, event_id, source, rule, customer";

    private final Database database;

    InconvenienceReader(Database database) {
        this.database = database;
    }

    List<Inconvenience> all() {
        return database.sql().query(SELECT + ORDER, InconvenienceReader::inconvenience);
    }

    /**
     * By the customer's key, which every stored inconvenience has (detection numbers the customers of the events
     * before it counts on them): comparing integers instead of names, 45 instead of 240–450 ms at 100M events.
     */
    List<Inconvenience> of(CustomerId customer, Optional<Instant> from, Optional<Instant> before, int limit) {
        return database.sql().query(SELECT + " WHERE k = (SELECT k FROM customer_keys WHERE customer = ?)"
                + SqlTime.period("time", from, before) + ORDER
                + " LIMIT ?", InconvenienceReader::inconvenience, customer.value(), limit);
    }

    /** The newest first, among those satisfying {@code condition}. */
    List<Inconvenience> latest(String condition, int limit) {
        return database.sql().query(SELECT + " WHERE " + condition + " ORDER BY time DESC, event_id DESC, source, customer LIMIT ?",
                InconvenienceReader::inconvenience, limit);
    }

    private static Inconvenience inconvenience(ResultSet row) throws SQLException {
        String causeId = row.getString(9);
        return new Inconvenience(new RuleId(row.getString(1)), new CustomerId(row.getString(2)),
                RunLog.instant(row.getTimestamp(3)), ServiceId.ofNullable(row.getString(4)),
                Optional.ofNullable(row.getString(5)), new EventRef(row.getString(6), row.getString(7)),
                causeId == null ? Optional.empty() : Optional.of(new EventRef(row.getString(8), causeId)));
    }
}
