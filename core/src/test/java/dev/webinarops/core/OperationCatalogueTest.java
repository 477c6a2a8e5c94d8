package dev.webinarops.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.core.api.ZoomOperation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OperationCatalogueTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = OperationCatalogueTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everyOperationOfTheTableIsInTheCatalogueVerbatim() throws IOException {
        List<String> missing = new ArrayList<>();
        int rows = 0;
        for (String line : resource("zoom/webinar-operations.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            rows++;
            String[] f = line.split("\t");
            var op = ZoomOperation.byOperationId(f[0]);
            if (op.isEmpty()) {
                missing.add(f[0]);
                continue;
            }
            assertEquals(f[1], op.get().method().name(), f[0] + " method");
            assertEquals(f[2], op.get().pathTemplate(), f[0] + " path");
            assertEquals(f[3].toUpperCase(Locale.ROOT), op.get().rateLimitLabel().name(), f[0] + " label");
            assertEquals(List.of(f[4].split(",")), op.get().scopes(), f[0] + " scopes");
        }
        assertTrue(missing.isEmpty(), "operations missing from the catalogue: " + missing);
        assertEquals(54, rows);
        assertEquals(rows, ZoomOperation.values().length, "the catalogue has operations the table does not");
    }

    @Test
    void everyCatalogueOperationExistsInZoomsSpecWithThatMethodAndPath() throws IOException {
        JsonNode paths = new ObjectMapper().readTree(resource("zoom/ZoomWebinarAPISpec.json")).path("paths");
        for (ZoomOperation op : ZoomOperation.values()) {
            JsonNode operation = paths.path(op.pathTemplate()).path(op.method().name().toLowerCase(Locale.ROOT));
            assertEquals(op.operationId(), operation.path("operationId").asText(), op + " not in the spec");
        }
    }

    @Test
    void endpointsTheOriginalInventedAreAbsentAndStatusCallsArePut() {
        Set<String> ids = java.util.Arrays.stream(ZoomOperation.values()).map(ZoomOperation::operationId)
                .collect(Collectors.toSet());
        assertTrue(ids.stream().noneMatch(id -> id.toLowerCase(Locale.ROOT).contains("panelistupdate")));
        assertTrue(ids.stream().noneMatch(id -> id.toLowerCase(Locale.ROOT).contains("trackingsourcedelete")));
        assertEquals("PUT", ZoomOperation.WEBINAR_REGISTRANT_STATUS.method().name());
        assertEquals("PUT", ZoomOperation.WEBINAR_STATUS.method().name());
        assertEquals(List.of("webinarId", "messageId"), ZoomOperation.DELETE_WEBINAR_CHAT_MESSAGE_BY_ID.pathParameters());
    }
}
