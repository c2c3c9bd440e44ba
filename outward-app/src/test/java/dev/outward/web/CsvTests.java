package dev.outward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted() {
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).startsWith("\"'=");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(-5L)).isEqualTo("-5");
    }

    @Test
    void a_table_downloads_with_its_column_names_and_file_name() {
        var table = new Table("stored", "/data/stored.csv", List.of("source", "events"),
                List.of(Arrays.<Object>asList("crm", 3L), Arrays.<Object>asList(null, 0L)));
        var response = Csv.download(table);
        assertThat(response.getBody()).isEqualTo("source,events\r\ncrm,3\r\n,0\r\n");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("stored.csv");
    }
}
