package dev.webinarops.mcp;

import dev.webinarops.core.config.ConfigLoader;
import dev.webinarops.core.sim.SimulatorOptions;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Starts the server as a child JVM (as an MCP client would) and connects the SDK's own stdio client to it. */
final class McpServerProcess {
    private McpServerProcess() {}

    static Path moduleDir() {
        return Path.of(System.getProperty("mcp.module.dir", "."));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classpath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** The JVM command line of the server; JVM warnings go to stderr, never to the protocol channel. */
    static List<String> command(String... serverArgs) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-Xlog:disable", "-Xlog:all=warning:stderr", "-cp", classpath(), Main.class.getName()));
        cmd.addAll(List.of(serverArgs));
        return cmd;
    }

    /** Environment pointing the server at a test simulator. */
    static Map<String, String> environment(ZoomTestEnvironment zoom, String logName) {
        Map<String, String> env = baseEnvironment(logName);
        SimulatorOptions sim = SimulatorOptions.defaults();
        env.put(ConfigLoader.ACCOUNT_ID, sim.accountId());
        env.put(ConfigLoader.CLIENT_ID, sim.clientId());
        env.put(ConfigLoader.CLIENT_SECRET, sim.clientSecret());
        env.put(ConfigLoader.API_BASE_URL, zoom.config().apiBaseUrl().toString());
        env.put(ConfigLoader.TOKEN_URL, zoom.config().tokenUrl().toString());
        env.put(ConfigLoader.PLAN, "business");
        return env;
    }

    static Map<String, String> baseEnvironment(String logName) {
        Map<String, String> env = new HashMap<>();
        env.put(ConfigLoader.TOKEN_CACHE, "memory");
        env.put("ZOOM_MCP_LOG_FILE", moduleDir().resolve("target/test-logs/" + logName + ".log").toString());
        return env;
    }

    static McpSyncClient connect(Map<String, String> env, List<String> args,
            java.util.function.UnaryOperator<McpClient.SyncSpec> customize) {
        List<String> cmd = command(args.toArray(String[]::new));
        ServerParameters params = ServerParameters.builder(cmd.get(0)).args(cmd.subList(1, cmd.size())).env(env).build();
        StdioClientTransport transport = new StdioClientTransport(params, McpJsonDefaults.getMapper());
        transport.setStdErrorHandler(line -> { });
        McpClient.SyncSpec spec = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("webinarops-tests", "1.0"))
                .requestTimeout(Duration.ofSeconds(60))
                .initializationTimeout(Duration.ofSeconds(60));
        McpSyncClient client = customize.apply(spec).build();
        client.initialize();
        return client;
    }

    static McpSyncClient connect(Map<String, String> env, String... args) {
        return connect(env, List.of(args), s -> s);
    }
}
