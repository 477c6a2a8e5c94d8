package dev.webinarops.mcp.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the hand-written tools' JSON Schemas (2020-12). */
final class Schemas {
    private Schemas() {}

    static Map<String, Object> object(Map<String, Object> properties, String... required) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("properties", properties);
        if (required.length > 0) s.put("required", List.of(required));
        s.put("additionalProperties", false);
        return s;
    }

    /** An output object: open to fields Zoom may add. */
    static Map<String, Object> output(Map<String, Object> properties, String... required) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", "object");
        s.put("properties", properties);
        if (required.length > 0) s.put("required", List.of(required));
        return s;
    }

    static Map<String, Object> props(Object... nameSchemaPairs) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < nameSchemaPairs.length; i += 2) {
            p.put((String) nameSchemaPairs[i], nameSchemaPairs[i + 1]);
        }
        return p;
    }

    static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }

    static Map<String, Object> nullableString(String description) {
        return Map.of("type", List.of("string", "null"), "description", description);
    }

    static Map<String, Object> email(String description) {
        return Map.of("type", "string", "format", "email", "description", description);
    }

    static Map<String, Object> integer(String description, int min, int max) {
        return Map.of("type", "integer", "minimum", min, "maximum", max, "description", description);
    }

    static Map<String, Object> webinarId() {
        return Map.of("type", List.of("integer", "string"), "pattern", "^[0-9]+$", "minimum", 1, "description",
                "The webinar's numeric ID (the `id` from list_webinars or get_webinar, not its UUID).");
    }

    static Map<String, Object> bool(String description) {
        return Map.of("type", "boolean", "description", description);
    }

    static Map<String, Object> enumOf(String description, String... values) {
        return Map.of("type", "string", "enum", List.of(values), "description", description);
    }

    static Map<String, Object> arrayOf(Map<String, Object> items, String description) {
        return Map.of("type", "array", "items", items, "description", description);
    }

    static Map<String, Object> anyObject() {
        return Map.of("type", "object");
    }
}
