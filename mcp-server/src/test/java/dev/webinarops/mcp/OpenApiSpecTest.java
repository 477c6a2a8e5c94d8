package dev.webinarops.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.mcp.tools.OpenApiSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenAPI 3.0 schemas become JSON Schema 2020-12: nullable, formats, examples, and loose output schemas. */
class OpenApiSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode node(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void inputSchemasKeepConstraintsAndDropOpenApiOnlyKeywords() throws Exception {
        Map<String, Object> s = OpenApiSpec.inputSchema(node("""
                {"type":"object","required":["email","missing"],"properties":{
                  "email":{"type":"string","format":"email","example":"a@b.c","maxLength":128},
                  "id":{"type":"integer","format":"int64"},
                  "kind":{"type":"string","enum":["a","b"],"nullable":true,"x-enum-descriptions":["A","B"]},
                  "when":{"type":"string","format":"date-time","default":"now"}}}"""), "A thing");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) s.get("properties");
        assertEquals("A thing", s.get("description"));
        assertEquals(List.of("email"), s.get("required"), "required names only existing properties");
        assertEquals("email", props.get("email").get("format"));
        assertEquals(128, props.get("email").get("maxLength"));
        assertFalse(props.get("email").containsKey("example"));
        assertFalse(props.get("id").containsKey("format"), "int64 is not a JSON Schema format");
        assertEquals(List.of("string", "null"), props.get("kind").get("type"));
        assertEquals(java.util.Arrays.asList("a", "b", null), props.get("kind").get("enum"));
        assertFalse(props.get("kind").containsKey("x-enum-descriptions"));
        assertEquals("now", props.get("when").get("default"));
    }

    @Test
    void outputSchemasTolerateWhatZoomReallySends() throws Exception {
        Map<String, Object> s = OpenApiSpec.outputSchema(node("""
                {"type":"object","required":["id"],"properties":{"id":{"type":"integer","minimum":1},
                 "status":{"type":"string","enum":["a"]}}}"""));
        assertFalse(s.containsKey("required"));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> props = (Map<String, Map<String, Object>>) s.get("properties");
        assertEquals(Map.of("type", List.of("integer", "null")), props.get("id"));
        assertEquals(Map.of("type", List.of("string", "null")), props.get("status"));
    }

    @Test
    void descriptionsLoseMarkupAndScopeBoilerplate() throws Exception {
        Map<String, Object> s = OpenApiSpec.inputSchema(node("{\"type\":\"string\"}"),
                "Delete a [webinar](https://x.example) registrant.<br><br>\n**Scopes**: `webinar:write`");
        assertEquals("Delete a webinar registrant.", s.get("description"));
        assertTrue(OpenApiSpec.load(JSON).operation("webinarCreate").jsonBody() != null);
    }
}
