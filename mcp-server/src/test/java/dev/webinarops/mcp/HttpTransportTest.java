package dev.webinarops.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Streamable HTTP: a real client works with the token; no token, a foreign Origin or Host is refused. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpTransportTest {
    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";

    private Process server;
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(McpServerProcess.command("--sandbox", "--http", "0"));
        pb.environment().keySet().removeIf(k -> k.startsWith("ZOOM_"));
        pb.environment().putAll(McpServerProcess.baseEnvironment("http"));
        pb.environment().put(HttpTransport.TOKEN_VARIABLE, TOKEN);
        server = pb.start();
        BufferedReader err = new BufferedReader(new InputStreamReader(server.getErrorStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/mcp");
        String line;
        while ((line = err.readLine()) != null) {
            Matcher m = listening.matcher(line);
            if (m.find()) {
                port = Integer.parseInt(m.group(1));
                break;
            }
        }
        assertTrue(port > 0, "the server announced its port");
        Thread drain = new Thread(() -> {
            try {
                while (err.readLine() != null) { /* keep stderr flowing */ }
            } catch (Exception ignored) {
                // the process ended
            }
        });
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> post(Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(INITIALIZE));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRealClientWithTheTokenCanUseTheServer() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + port).endpoint("/mcp")
                .httpRequestCustomizer((request, method, uri, body, context) -> request.header("Authorization",
                        "Bearer " + TOKEN)).build();
        McpSyncClient client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30)).build();
        try {
            client.initialize();
            assertEquals(63, client.listTools().tools().size());
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("list_webinars",
                    Map.of("user_id", "me")));
            assertFalse(r.isError());
            assertTrue(StdioEndToEndTest.text(r).contains("Product Launch Q&A"));
        } finally {
            client.closeGracefully();
        }
    }

    @Test
    void requestsWithoutTheTokenAreRefused() throws Exception {
        assertEquals(401, post(Map.of()).statusCode());
        assertEquals(401, post(Map.of("Authorization", "Bearer wrong")).statusCode());
        assertEquals(200, post(Map.of("Authorization", "Bearer " + TOKEN)).statusCode());
    }

    @Test
    void aForeignOriginIsRefused() throws Exception {
        assertEquals(403, post(Map.of("Authorization", "Bearer " + TOKEN, "Origin", "http://evil.example")).statusCode());
        assertEquals(200, post(Map.of("Authorization", "Bearer " + TOKEN, "Origin", "http://localhost:" + port))
                .statusCode());
    }

    @Test
    void aForeignHostIsRefused() throws Exception {
        // java.net.http will not let us set Host, so speak HTTP/1.1 directly (what a DNS-rebinding page would send)
        try (Socket socket = new Socket("127.0.0.1", port)) {
            byte[] body = INITIALIZE.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /mcp HTTP/1.1\r\nHost: evil.example:" + port + "\r\nAuthorization: Bearer " + TOKEN
                    + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            assertTrue(status.contains(" 403 "), status);
        }
    }

    @Test
    void offLoopbackWithoutATokenTheServerRefusesToStart() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(McpServerProcess.command("--sandbox", "--http", "0", "--host", "0.0.0.0"));
        pb.environment().keySet().removeIf(k -> k.startsWith("ZOOM_") || k.equals(HttpTransport.TOKEN_VARIABLE));
        pb.environment().putAll(McpServerProcess.baseEnvironment("http-refused"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(2, p.exitValue(), err);
        assertTrue(err.contains("MCP_HTTP_TOKEN"), err);
    }
}
