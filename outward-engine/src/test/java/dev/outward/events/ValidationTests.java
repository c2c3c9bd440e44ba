package dev.outward.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidationTests {

    private final LineParser parser = new LineParser();
    private final Validation validation = new Validation();

    private String problemWith(String line) {
        var draft = new Draft();
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        String reason = parser.parse(bytes, 0, bytes.length, draft);
        return reason != null ? reason : validation.check(draft);
    }

    @Test
    void aCompleteEventIsValid() {
        assertThat(problemWith(TestEvent.of("contact").channel("phone").service("billing").set("reason", "bill query")
                .attr("direction", "out").attr("wait_s", 12.5).attr("handle_s", 0).attr("transfers", 0)
                .attr("resolved", true).attr("abandoned", false).attr("anything", java.util.Map.of("nested", 1)).json())).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing id              | {"time":"2026-03-01T10:15:00Z","customer":"A","type":"bill"}                      | id: missing
            numeric id              | {"id":7,"time":"2026-03-01T10:15:00Z","customer":"A","type":"bill"}               | id: must be a non-empty string
            empty id                | {"id":"","time":"2026-03-01T10:15:00Z","customer":"A","type":"bill"}              | id: must be a non-empty string
            missing time            | {"id":"1","customer":"A","type":"bill"}                                           | time: missing
            time without offset     | {"id":"1","time":"2026-03-01T10:15:00","customer":"A","type":"bill"}              | time: string "2026-03-01T10:15:00" is not an RFC 3339
            time with space         | {"id":"1","time":"2026-03-01 10:15:00Z","customer":"A","type":"bill"}             | time: string
            impossible date         | {"id":"1","time":"2026-02-30T10:15:00Z","customer":"A","type":"bill"}             | time: string
            numeric time            | {"id":"1","time":1700000000,"customer":"A","type":"bill"}                         | time: number 1700000000 is not
            missing customer        | {"id":"1","time":"2026-03-01T10:15:00Z","type":"bill"}                            | customer: missing
            missing type            | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A"}                           | type: missing
            unknown type            | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"call"}             | type: string "call" is not one of contact visit
            upper-case channel      | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"bill","channel":"Web"} | channel: "Web" must be a lower-case word
            numeric service         | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"bill","service":3} | service: must be a non-empty string
            attrs not an object     | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"bill","attrs":[1]} | attrs: must be an object, got an array
            wait_s as string        | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"contact","attrs":{"wait_s":"301"}} | attrs.wait_s: must be a number >= 0 on a contact, got string "301"
            negative wait           | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"contact","attrs":{"wait_s":-1}} | attrs.wait_s: must be a number >= 0
            fractional transfers    | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"contact","attrs":{"transfers":1.5}} | attrs.transfers: must be an integer >= 0
            resolved as string      | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"contact","attrs":{"resolved":"no"}} | attrs.resolved: must be true or false
            unknown direction       | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"contact","attrs":{"direction":"inbound"}} | attrs.direction: must be one of "in", "out"
            unknown bill status     | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"bill","attrs":{"status":"late"}} | attrs.status: must be one of "issued", "estimated", "corrected"
            promised not timestamp  | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"delivery","attrs":{"promised":"tomorrow"}} | attrs.promised: must be an RFC 3339 timestamp
            since not a date        | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"profile","attrs":{"since":"2020-13-01"}} | attrs.since: must be a date
            unknown top-level field | {"id":"1","time":"2026-03-01T10:15:00Z","customer":"A","type":"bill","custmer":"B"} | unknown field "custmer"
            not json                | this is not json                                                                  | not valid JSON
            json array              | [1,2]                                                                             | not a JSON object
            two objects             | {"id":"1"} {"id":"2"}                                                             | more than one JSON value
            duplicate key           | {"id":"1","id":"2","time":"2026-03-01T10:15:00Z","customer":"A","type":"bill"}    | not valid JSON: Duplicate
            """)
    void aBrokenRuleIsNamedInTheReason(String rule, String line, String reason) {
        assertThat(problemWith(line)).as(rule).startsWith(reason);
    }

    @Test
    void anOutageNeedsNoCustomer() {
        assertThat(problemWith("{\"id\":\"o\",\"time\":\"2026-03-01T10:15:00Z\",\"type\":\"outage\",\"attrs\":{\"area\":\"n1\"}}")).isNull();
    }

    @Test
    void aWellKnownKeyOnAnotherTypeIsKeptUntyped() {
        var draft = new Draft();
        byte[] line = TestEvent.of("bill").attr("wait_s", "whatever").json().getBytes(StandardCharsets.UTF_8);
        parser.parse(line, 0, line.length, draft);

        assertThat(validation.check(draft)).isNull();
        assertThat(draft.extraAttrs).containsEntry("wait_s", "whatever");
    }

    @Test
    void idsLongerThan128CharactersAreRejected() {
        assertThat(problemWith(TestEvent.of("bill").id("x".repeat(128)).json())).isNull();
        assertThat(problemWith(TestEvent.of("bill").id("x".repeat(129)).json())).startsWith("id: 129 characters");
    }

    @Test
    void timestampsWithOffsetsAreStoredAsUtc() {
        assertThat(Timestamps.parseMicros("2026-03-01T11:15:00+01:00")).isEqualTo(Timestamps.parseMicros("2026-03-01T10:15:00Z"));
        assertThat(Timestamps.parseMicros("2026-03-01T10:15:00.5Z") - Timestamps.parseMicros("2026-03-01T10:15:00Z")).isEqualTo(500_000);
        assertThat(Timestamps.parseMicros("2026-03-01T10:15:00-00:30")).isEqualTo(Timestamps.parseMicros("2026-03-01T10:45:00Z"));
        assertThat(Timestamps.parseMicros("2026-03-01T10:15:00+25:00")).isEqualTo(Timestamps.INVALID);
    }
}
