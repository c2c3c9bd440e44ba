package dev.outward.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables as RFC 4180 CSV. A cell that a spreadsheet would run as a formula (starting with =, +, - or @) gets a
 * leading apostrophe: quarantined rows are raw input from outside, and a download must not become an attack.
 */
public final class Csv {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    public static ResponseEntity<String> download(Table table) {
        var text = new StringBuilder();
        line(text, table.columns().stream().map(Object.class::cast).toList());
        table.rows().forEach(row -> line(text, row));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(table.name() + ".csv").build().toString())
                .body(text.toString());
    }

    private static void line(StringBuilder text, List<Object> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
