package dev.outward.events;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/** Reads one NDJSON line into a {@link Draft}, or says why the line is not a JSON object. */
final class LineParser {

    /** The line is not valid UTF-8: the whole file is unreadable, not just this row. */
    static final class NotUtf8 extends RuntimeException {
        NotUtf8(String message) {
            super(message, null, false, false);
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final PlainJson plain = new PlainJson();

    /** @return {@code null} when the line was read into {@code draft}, else the reason it could not be. */
    String parse(byte[] buffer, int offset, int length, Draft draft) {
        if (plain.read(buffer, offset, length, draft)) {
            return null;
        }
        return parseWithJackson(buffer, offset, length, draft);
    }

    /** The general path, whose messages say what is wrong with a line. */
    String parseWithJackson(byte[] buffer, int offset, int length, Draft draft) {
        draft.reset();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), buffer, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                draft.set(field, value(parser));
            }
            if (parser.nextToken() != null) {
                return "more than one JSON value on the line";
            }
            return null;
        } catch (JacksonException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.contains("Invalid UTF-8")) {
                throw new NotUtf8(message);
            }
            var location = e.getLocation();
            return "not valid JSON: " + firstLine(message)
                    + (location != null && location.getColumnNr() > 0 ? " (column " + location.getColumnNr() + ")" : "");
        }
    }

    /** Parses a JSON text (a mapped row's attrs) into the same Java values a line's fields get. */
    static Object parseValue(String json) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), json)) {
            parser.nextToken();
            return value(parser);
        }
    }

    static Object value(JsonParser parser) {
        return switch (parser.currentToken()) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (BigInteger) parser.getNumberValue() : parser.getLongValue();
            case VALUE_NUMBER_FLOAT -> parser.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_OBJECT -> object(parser);
            case START_ARRAY -> array(parser);
            default -> throw new IllegalStateException("Unexpected token " + parser.currentToken());
        };
    }

    private static Map<String, Object> object(JsonParser parser) {
        var map = new LinkedHashMap<String, Object>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            map.put(key, value(parser));
        }
        return map;
    }

    private static List<Object> array(JsonParser parser) {
        var list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(parser));
        }
        return list;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
