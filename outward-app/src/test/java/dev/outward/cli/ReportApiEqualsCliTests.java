package dev.outward.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import dev.outward.Accounts;
import dev.outward.DemoServerTest;
import dev.outward.inconvenience.Detections;
import dev.outward.store.Database;
import dev.outward.users.Role;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/report} is {@code outward report --format json} for the same filters: the command runs in this
 * JVM on a copy of the server's data directory (the server holds the original), and the two JSON trees are equal.
 */
@DemoServerTest
class ReportApiEqualsCliTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Detections detections;

    @Autowired
    dev.outward.users.Users users;

    @Autowired
    Database database;

    @TempDir
    Path copy;

    @ParameterizedTest
    @ValueSource(strings = {"", "from=2026-02-01&to=2026-02-28", "channel=phone", "segment=residential&service=billing",
            "to=2026-01-31&channel=email&segment=small-business"})
    void the_report_api_returns_exactly_what_the_report_command_prints(String query) throws Exception {
        Accounts.ensure(users);
        detections.catchUp();
        String api = mvc.perform(get("/api/v1/report?" + query).with(Accounts.api(Role.VIEWER)))
                .andReturn().getResponse().getContentAsString();

        var cli = Cli.run(arguments(copyOfTheStore(), query));

        assertThat(cli.exit()).as(cli.err()).isZero();
        assertThat(JSON.readTree(api)).isEqualTo(JSON.readTree(cli.out()));
        assertThat(JSON.readTree(api).path("inconveniences").path("total").asLong()).isPositive();
    }

    /** A consistent copy: a checkpoint writes everything into the database file, which is then copied. */
    private Path copyOfTheStore() throws Exception {
        database.execute("CHECKPOINT");
        Path data = Files.createDirectories(copy.resolve("data"));
        Files.copy(database.dataDir().resolve(Database.FILE), data.resolve(Database.FILE));
        return data;
    }

    private static String[] arguments(Path data, String query) {
        var arguments = new ArrayList<>(List.of("--data", data.toString(), "report", "--format", "json"));
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            String[] nameValue = pair.split("=");
            arguments.add("--" + nameValue[0]);
            arguments.add(nameValue[1]);
        }
        return arguments.toArray(String[]::new);
    }
}
