package dev.webinarops.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import com.google.inject.Guice;
import dev.webinarops.core.api.ZoomOperation;
import dev.webinarops.core.config.ConfigLoader;
import dev.webinarops.mcp.docs.ToolDocs;
import dev.webinarops.mcp.tools.McpTools;
import dev.webinarops.mcp.tools.OperationTools;
import dev.webinarops.mcp.tools.ToolCatalog;
import dev.webinarops.mcp.tools.ToolDefinition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tool definitions are snapshot-tested: each tool's definition as the client sees it, as sorted JSON under
 * {@code src/test/resources/toolsnaps/}, and TOOLS.md generated from the same catalogue. After an intended
 * change regenerate both with {@code mvn -o -q -pl mcp-server test -Dtest=ToolSnapshotTest -Dtoolsnaps.update=true}
 * and review the diff.
 */
class ToolSnapshotTest {
    static final List<String> ORIGINAL_TOOLS = List.of("auto_configure_zoom", "configure_zoom", "get_token_status",
            "refresh_token", "list_users_for_selection", "get_users", "create_webinar", "create_webinar_interactive",
            "create_recurring_webinar", "add_panelists", "create_webinar_poll", "create_webinar_invite_links",
            "list_webinars", "get_webinar", "list_webinar_registrants", "list_panelists", "get_webinar_polls",
            "list_webinar_participants", "list_webinar_qa", "get_webinar_absentees", "update_webinar",
            "update_webinar_registrant_status", "update_webinar_status", "delete_webinar", "remove_panelist",
            "remove_all_panelists", "delete_webinar_registrant", "find_registrant_by_email",
            "approve_all_pending_registrants");

    private static final ObjectMapper SORTED = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static ToolCatalog catalog;

    static ToolCatalog catalog() {
        if (catalog == null) {
            catalog = Guice.createInjector(new McpServerModule(
                    ConfigLoader.fromMap(Map.of(ConfigLoader.TOKEN_CACHE, "memory")), ServerOptions.defaults(), Map::of))
                    .getInstance(ToolCatalog.class);
        }
        return catalog;
    }

    @BeforeAll
    static void build() {
        catalog();
    }

    private static boolean update() {
        return Boolean.parseBoolean(System.getProperty("toolsnaps.update", "false"));
    }

    private static Path snapshots() {
        return McpServerProcess.moduleDir().resolve("src/test/resources/toolsnaps");
    }

    @Test
    void toolDefinitionsMatchTheirSnapshots() throws IOException {
        Files.createDirectories(snapshots());
        List<String> changed = new ArrayList<>();
        Set<String> expectedFiles = new TreeSet<>();
        for (ToolDefinition def : catalog.all()) {
            String json = SORTED.writeValueAsString(SORTED.readTree(SORTED.writeValueAsString(McpTools.tool(def)))) + "\n";
            Path file = snapshots().resolve(def.name() + ".snap");
            expectedFiles.add(file.getFileName().toString());
            String old = Files.exists(file) ? Files.readString(file) : null;
            if (!json.equals(old)) {
                if (update()) Files.writeString(file, json, StandardCharsets.UTF_8);
                else changed.add(def.name() + (old == null ? " (no snapshot)" : ""));
            }
        }
        try (Stream<Path> files = Files.list(snapshots())) {
            for (Path f : files.toList()) {
                if (!expectedFiles.contains(f.getFileName().toString())) {
                    if (update()) Files.delete(f);
                    else changed.add(f.getFileName() + " (no such tool)");
                }
            }
        }
        assertEquals(List.of(), changed, "tool definitions changed; if intended, regenerate with "
                + "-Dtoolsnaps.update=true and review the diff");
    }

    @Test
    void toolsMarkdownIsGeneratedFromTheCatalogue() throws IOException {
        Path file = McpServerProcess.moduleDir().resolve("TOOLS.md");
        String expected = ToolDocs.markdown(catalog.all());
        if (update()) Files.writeString(file, expected, StandardCharsets.UTF_8);
        assertEquals(expected, Files.exists(file) ? Files.readString(file) : "",
                "TOOLS.md is stale; regenerate with -Dtoolsnaps.update=true");
    }

    @Test
    void everyCatalogueOperationHasExactlyOneTool() {
        Set<String> names = catalog.all().stream().map(ToolDefinition::name).collect(Collectors.toSet());
        for (ZoomOperation op : ZoomOperation.values()) {
            assertTrue(names.contains(OperationTools.toolName(op)), op.operationId());
        }
        assertEquals(ZoomOperation.values().length,
                Stream.of(ZoomOperation.values()).map(OperationTools::toolName).distinct().count(), "one tool per operation");
        assertTrue(names.containsAll(ORIGINAL_TOOLS), "all the original server's tools exist");
        assertEquals(ZoomOperation.values().length + 9, names.size());
    }

    @Test
    void annotationsFollowTheCatalogue() {
        for (ZoomOperation op : ZoomOperation.values()) {
            ToolDefinition t = catalog.all().stream().filter(d -> d.name().equals(OperationTools.toolName(op)))
                    .findFirst().orElseThrow();
            assertEquals(op.readOnly(), t.readOnly(), t.name());
            assertEquals(op.idempotent(), t.idempotent(), t.name());
            assertTrue(!op.destructive() || t.destructive(), t.name() + " must be destructive");
            assertEquals(op.readOnly(), t.outputSchema() != null, t.name() + ": read tools have an output schema");
            @SuppressWarnings("unchecked")
            Map<String, Object> props = (Map<String, Object>) t.inputSchema().get("properties");
            if (op.paginated()) {
                assertTrue(props.containsKey("page_size") && props.containsKey("next_page_token"), t.name());
            }
        }
    }
}
