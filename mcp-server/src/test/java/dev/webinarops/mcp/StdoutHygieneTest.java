package dev.webinarops.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Talks raw JSON-RPC to the server and checks that every byte it wrote to stdout was a JSON-RPC message,
 * while the server logged (start-up, token minting, a failing tool) to stderr and its log file.
 */
class StdoutHygieneTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void stdoutCarriesOnlyJsonRpcAndLogsGoToStderrAndTheFile() throws Exception {
        Path log = McpServerProcess.moduleDir().resolve("target/test-logs/stdout-hygiene.log");
        Files.deleteIfExists(log);
        ProcessBuilder pb = new ProcessBuilder(McpServerProcess.command("--sandbox"));
        pb.environment().keySet().removeIf(k -> k.startsWith("ZOOM_"));
        pb.environment().putAll(McpServerProcess.baseEnvironment("stdout-hygiene"));
        pb.environment().put("WEBINAROPS_LOG_LEVEL", "DEBUG");
        Process p = pb.start();
        List<String> requests = List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"list_webinars\","
                        + "\"arguments\":{\"user_id\":\"me\"}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"get_webinar\","
                        + "\"arguments\":{\"webinar_id\":1}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"resources/read\",\"params\":{\"uri\":\"zoom://config\"}}");
        List<String> stdout = new ArrayList<>();
        try (OutputStream in = p.getOutputStream();
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            // all at once, then EOF: answers still in flight must not be lost when stdin closes
            for (String r : requests) {
                in.write((r + "\n").getBytes(StandardCharsets.UTF_8));
            }
            in.close();
            String line;
            while ((line = out.readLine()) != null) stdout.add(line);
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server exits when stdin closes");
        assertEquals(0, p.exitValue());
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(5, stdout.size(), String.join("\n", stdout));
        for (String line : stdout) {
            JsonNode msg = JSON.readTree(line);
            assertEquals("2.0", msg.path("jsonrpc").asText(), line);
            assertTrue(msg.has("id") && (msg.has("result") || msg.has("error")), line);
        }
        String failed = stdout.stream().filter(l -> l.contains("\"id\":4")).findFirst().orElseThrow();
        assertTrue(failed.contains("\"isError\":true"), "a failing tool is a tool error: " + failed);
        assertTrue(stderr.contains("ready on stdio"), stderr);
        String file = Files.readString(log);
        assertTrue(file.contains("ready on stdio"), "the log file gets the same lines");
        assertFalse(file.contains("sim-client-secret") || stderr.contains("sim-client-secret"), "no secret is logged");
    }
}
