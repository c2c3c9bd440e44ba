package dev.outward.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast reader must give exactly Jackson's values, or leave the line to Jackson. */
class PlainJsonTests {

    private static final String EVENT = """
            {"id":"c-1","time":"2026-03-01T10:15:00Z","customer":"C1","type":"contact","channel":"phone",\
            "service":"billing","reason":"bill query","attrs":{"wait_s":12.5,"transfers":2,"resolved":true,\
            "abandoned":false,"note":null,"tags":["a",{"b":[1,-0,3e2]}],"big":123456789012345678}}""";

    private final PlainJson plain = new PlainJson();
    private final LineParser jackson = new LineParser();

    @ParameterizedTest
    @ValueSource(strings = {
            EVENT,
            "  {\"id\" : \"1\" ,\t\"attrs\" : { } }  ",
            "{}",
            "{\"id\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\te\\u0041\\u00e9\"}",
            "{\"attrs\":{\"n\":[0,-1,1.5,-2.25E-3,1e+2,9007199254740993,-123456789012345678]}}",
            "{\"attrs\":{\"nested\":{\"deeper\":{\"deepest\":[[],[{}]]}}}}",
    })
    void readsWhatJacksonReads(String line) {
        var fast = new Draft();
        assertThat(plain.read(bytes(line), 0, bytes(line).length, fast)).isTrue();
        assertThat(fields(fast)).isEqualTo(fields(viaJackson(line)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\":\"Jos\u00e9\"}",                       // not ASCII: Jackson checks the UTF-8
            "{\"id\":\"1\",\"id\":\"2\"}",                   // a repeated field
            "{\"attrs\":{\"a\":1,\"a\":2}}",                 // a repeated attribute
            "{\"custom\":1}",                                // an unknown field
            "{\"id\":\"1\"} x",                              // more after the object
            "{\"attrs\":{\"n\":01}}",                        // leading zero
            "{\"attrs\":{\"n\":1.}}",
            "{\"attrs\":{\"n\":-}}",
            "{\"attrs\":{\"n\":1e}}",
            "{\"attrs\":{\"n\":12345678901234567890}}",      // Long or BigInteger: Jackson decides
            "{\"attrs\":{\"b\":tru}}",
            "{\"attrs\":{\"b\":truex}}",
            "{\"attrs\":{\"n\":NaN}}",
            "{\"id\":\"a\tb\"}",                             // a raw control character
            "{\"id\":\"\\ud800\"}",                          // half a surrogate pair
            "{\"id\":\"\\x\"}",
            "{\"id\":\"1\",}",
            "[1]",
            "",
    })
    void leavesEverythingElseToJackson(String line) {
        assertThat(plain.read(bytes(line), 0, bytes(line).length, new Draft())).isFalse();
    }

    @Test
    void randomlyDamagedLinesAreReadAsJacksonReadsThemOrNotAtAll() {
        var random = new Random(42);
        byte[] original = bytes(EVENT);
        String alphabet = "{}[]\":,.-+eE0123456789 tfnul\\ab";
        int read = 0;
        for (int round = 0; round < 20_000; round++) {
            byte[] line = Arrays.copyOf(original, original.length);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                line[random.nextInt(line.length)] = (byte) alphabet.charAt(random.nextInt(alphabet.length()));
            }
            var fast = new Draft();
            if (plain.read(line, 0, line.length, fast)) {
                read++;
                var slow = new Draft();
                assertThat(jackson.parseWithJackson(line, 0, line.length, slow))
                        .as(new String(line, StandardCharsets.ISO_8859_1)).isNull();
                assertThat(fields(fast)).as(new String(line, StandardCharsets.ISO_8859_1)).isEqualTo(fields(slow));
            }
        }
        assertThat(read).as("some damaged lines are still valid JSON").isGreaterThan(100);
    }

    private Draft viaJackson(String line) {
        var draft = new Draft();
        assertThat(jackson.parseWithJackson(bytes(line), 0, bytes(line).length, draft)).isNull();
        return draft;
    }

    private static java.util.List<Object> fields(Draft d) {
        return Arrays.asList(d.id, d.time, d.customer, d.type, d.channel, d.service, d.reason, d.attrs, d.unknownField);
    }

    private static byte[] bytes(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }
}
