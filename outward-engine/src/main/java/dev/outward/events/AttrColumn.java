package dev.outward.events;

/**
 * The store's typed columns for the well-known attributes, in table order. Rules and reports query these
 * columns directly; everything else an event carries stays in the {@code attrs} JSON column.
 */
enum AttrColumn {
    DIRECTION("direction", "VARCHAR"),
    WAIT_S("wait_s", "DOUBLE"),
    HANDLE_S("handle_s", "DOUBLE"),
    TRANSFERS("transfers", "INTEGER"),
    RESOLVED("resolved", "BOOLEAN"),
    ABANDONED("abandoned", "BOOLEAN"),
    OUTCOME("outcome", "VARCHAR"),
    CODE("code", "VARCHAR"),
    ORDER_REF("order_ref", "VARCHAR"),
    STATUS("status", "VARCHAR"),
    INITIATED_BY("initiated_by", "VARCHAR"),
    PROMISED("promised", "TIMESTAMP"),
    VALUE("value", "DOUBLE"),
    AMOUNT("amount", "DOUBLE"),
    AREA("area", "VARCHAR"),
    END_TIME("end_time", "TIMESTAMP"),
    SCORE("score", "DOUBLE"),
    SCALE("scale", "VARCHAR"),
    ACTION("action", "VARCHAR"),
    PRODUCT("product", "VARCHAR"),
    SEGMENT("segment", "VARCHAR"),
    SINCE("since", "DATE");

    final String column;
    final String sqlType;

    AttrColumn(String column, String sqlType) {
        this.column = column;
        this.sqlType = sqlType;
    }

    /** The type the importer's staging table uses: instants travel as epoch micros, dates as epoch days. */
    String stagingType() {
        return switch (sqlType) {
            case "TIMESTAMP" -> "BIGINT";
            case "DATE" -> "INTEGER";
            default -> sqlType;
        };
    }

    /** Converts the staging column back to the stored type. */
    String fromStaging() {
        return switch (sqlType) {
            case "TIMESTAMP" -> "make_timestamp(" + column + ")";
            case "DATE" -> "(DATE '1970-01-01' + " + column + ")";
            default -> column;
        };
    }
}
