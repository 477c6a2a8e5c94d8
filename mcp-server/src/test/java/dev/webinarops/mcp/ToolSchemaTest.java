package dev.webinarops.mcp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.mcp.tools.ToolDefinition;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Input schemas must accept what the tool descriptions tell the assistant to send. */
class ToolSchemaTest {

    private static ToolDefinition tool(String name) {
        return ToolSnapshotTest.catalog().all().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> property(Map<String, Object> schema, String... path) {
        Map<String, Object> s = schema;
        for (String p : path) s = (Map<String, Object>) ((Map<String, Object>) s.get("properties")).get(p);
        return s;
    }

    @Test
    void startTimesAcceptTheLocalTimesTheDescriptionsOffer() {
        for (String name : List.of("create_webinar", "update_webinar")) {
            ToolDefinition t = tool(name);
            // "2026-05-01 15:00" and Zoom's own "yyyy-MM-ddTHH:mm:ss" (no offset) are not RFC 3339 date-times,
            // so a client validating formats would refuse what the tool asks for
            for (String[] path : List.of(new String[] {"start_time"}, new String[] {"recurrence", "end_date_time"})) {
                Map<String, Object> s = property(t.inputSchema(), path);
                assertFalse(s.containsKey("format"), name + " " + String.join(".", path) + ": " + s);
            }
        }
        assertTrue(tool("create_webinar").description().contains("2026-05-01 15:00"));
    }

    /**
     * Zoom leaves fields null and adds fields its spec does not list; the SDK checks structuredContent against
     * the outputSchema, so either must still conform or the person gets an error instead of the answer.
     */
    @Test
    void outputSchemasAcceptNullsAndExtraFieldsAtEveryLevel() {
        JsonSchemaValidator validator = McpJsonDefaults.getSchemaValidator();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ToolDefinition t : ToolSnapshotTest.catalog().all()) {
            // tools generated from Zoom's spec (their descriptions end with the scopes) pass on Zoom's answer;
            // the hand-written ones build their own, and the e2e test calls each of them
            if (t.outputSchema() == null || !t.description().contains("Zoom scopes:")) continue;
            checked++;
            Map<String, Object> answer = sample(t.outputSchema(), 0);
            var response = validator.validate(t.outputSchema(), answer);
            if (!response.valid()) failures.add(t.name() + ": " + response.errorMessage());
        }
        assertTrue(checked >= 24, "read tools checked: " + checked);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        Map<String, Object> strict = Map.of("type", "object", "properties", Map.of("id", Map.of("type", "integer")));
        assertFalse(validator.validate(strict, sample(strict, 0)).valid(), "the check can fail");
    }

    /** An answer with every declared field null, one level of each object filled, and an undeclared field. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> sample(Map<String, Object> schema, int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("zoom_added_this_later", "x");
        Map<String, Object> props = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        for (Map.Entry<String, Object> e : props.entrySet()) {
            Map<String, Object> p = (Map<String, Object>) e.getValue();
            String type = String.valueOf(p.get("type"));
            if (depth < 3 && type.contains("object") && p.containsKey("properties")) {
                out.put(e.getKey(), sample(p, depth + 1));
            } else if (depth < 3 && type.contains("array") && p.get("items") instanceof Map<?, ?> items
                    && ((Map<String, Object>) items).containsKey("properties")) {
                List<Object> list = new ArrayList<>();
                list.add(sample((Map<String, Object>) items, depth + 1));
                list.add(null);
                out.put(e.getKey(), list);
            } else {
                out.put(e.getKey(), null);
            }
        }
        return out;
    }
}
