package dev.outward.web;

import java.util.List;

/**
 * A table as a page shows it and as its CSV download has it. Column names are stable, machine-friendly words: the
 * CSV header uses them, the page shows the message {@code column.<name>}.
 */
public record Table(String name, String csvUrl, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Numbers are right-aligned and grouped on the page. */
    public boolean number(Object cell) {
        return cell instanceof Number;
    }

    public String column(int index) {
        return columns.get(index);
    }
}
