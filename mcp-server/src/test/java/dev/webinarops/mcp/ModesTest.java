package dev.webinarops.mcp;

import static dev.webinarops.mcp.StdioEndToEndTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.core.config.ConfigLoader;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** --read-only, --toolsets, --sandbox, and start-up without (or with broken) configuration. */
class ModesTest {

    private static Set<String> toolNames(McpSyncClient client) {
        return new TreeSet<>(client.listTools().tools().stream().map(McpSchema.Tool::name).toList());
    }

    @Test
    void readOnlyAndToolsetsLimitTheTools() {
        try (ZoomTestEnvironment zoom = ZoomTestEnvironment.builder().sandbox().build()) {
            McpSyncClient client = McpServerProcess.connect(McpServerProcess.environment(zoom, "read-only"),
                    "--read-only", "--toolsets", "registrants,reports");
            try {
                List<McpSchema.Tool> tools = client.listTools().tools();
                for (McpSchema.Tool t : tools) {
                    assertTrue(t.annotations().readOnlyHint() || !t.annotations().openWorldHint()
                            || t.name().contains("configure") || t.name().equals("refresh_token"), t.name());
                    assertFalse(t.annotations().destructiveHint(), t.name());
                }
                Set<String> names = toolNames(client);
                assertTrue(names.containsAll(Set.of("list_webinar_registrants", "find_registrant_by_email",
                        "list_webinar_participants", "get_token_status")), names.toString());
                assertFalse(names.contains("list_webinars"), "webinars toolset is off");
                assertFalse(names.contains("approve_all_pending_registrants"), "writes are off");
                assertFalse(names.contains("delete_webinar_registrant"));
                McpError hidden = assertThrows(McpError.class, () -> client.callTool(new McpSchema.CallToolRequest(
                        "delete_webinar", Map.of("webinar_id", 1, "confirm", true))), "a hidden tool cannot be called");
                assertTrue(hidden.getMessage().contains("Unknown tool"), hidden.getMessage());
            } finally {
                client.closeGracefully();
            }
        }
    }

    @Test
    void sandboxModeNeedsNoAccountAndMissingCredentialsAreAClearToolError() {
        McpSyncClient sandbox = McpServerProcess.connect(McpServerProcess.baseEnvironment("sandbox"), "--sandbox",
                "--toolsets", "webinars");
        try {
            McpSchema.CallToolResult r = sandbox.callTool(new McpSchema.CallToolRequest("list_webinars",
                    Map.of("user_id", "me")));
            assertFalse(r.isError(), text(r));
            assertTrue(text(r).contains("Product Launch Q&A"));
        } finally {
            sandbox.closeGracefully();
        }
        Map<String, String> env = McpServerProcess.baseEnvironment("no-credentials");
        env.put(ConfigLoader.API_BASE_URL, "http://127.0.0.1:9/v2");
        env.put(ConfigLoader.TOKEN_URL, "http://127.0.0.1:9/oauth/token");
        McpSyncClient unconfigured = McpServerProcess.connect(env, "--toolsets", "webinars");
        try {
            McpSchema.CallToolResult r = unconfigured.callTool(new McpSchema.CallToolRequest("list_webinars",
                    Map.of("user_id", "me")));
            assertTrue(r.isError());
            assertTrue(text(r).contains("ZOOM_ACCOUNT_ID") && text(r).contains("sandbox"), text(r));
            McpSchema.CallToolResult status = unconfigured.callTool(new McpSchema.CallToolRequest("get_token_status", Map.of()));
            assertFalse(status.isError(), text(status));
            assertTrue(text(status).contains("Credentials are not configured"), text(status));
        } finally {
            unconfigured.closeGracefully();
        }
    }

    @Test
    void brokenConfigurationIsOneClearLineAndExitCode2() throws Exception {
        Map<String, String> env = McpServerProcess.baseEnvironment("broken");
        env.put(ConfigLoader.ACCOUNT_ID, "acct-only");
        Result incomplete = run(env);
        assertEquals(2, incomplete.exit);
        assertEquals(1, incomplete.stderr.strip().lines().count(), incomplete.stderr);
        assertTrue(incomplete.stderr.contains("ZOOM_CLIENT_ID") && incomplete.stderr.contains("ZOOM_CLIENT_SECRET"),
                incomplete.stderr);
        assertEquals("", incomplete.stdout, "nothing on the protocol channel");

        Result badOption = run(McpServerProcess.baseEnvironment("broken"), "--toolsets", "nonsense");
        assertEquals(2, badOption.exit);
        assertTrue(badOption.stderr.contains("unknown toolset 'nonsense'"), badOption.stderr);
    }

    @Test
    void anUnexpectedStartUpFailureIsOneClearLineToo() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("mcp-start");
        java.nio.file.Files.createDirectory(dir.resolve(".env")); // unreadable as a file
        Result r = run(dir, McpServerProcess.baseEnvironment("unreadable-env"), "--sandbox");
        assertEquals(2, r.exit, r.stderr);
        assertEquals(1, r.stderr.strip().lines().count(), r.stderr);
        assertTrue(r.stderr.startsWith("webinarops-mcp: ") && r.stderr.contains(".env"), r.stderr);
        assertEquals("", r.stdout, "nothing on the protocol channel");
    }

    private record Result(int exit, String stdout, String stderr) {}

    private static Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(null, env, args);
    }

    private static Result run(java.nio.file.Path dir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(McpServerProcess.command(args));
        if (dir != null) pb.directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("ZOOM_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
