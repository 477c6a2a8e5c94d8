package dev.webinarops.mcp.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.api.ZoomOperation;
import dev.webinarops.core.http.ZoomRequest;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.core.sim.SimulatorOptions;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Benchmarks of the shaded server jar, apart from the tests (run {@code mcp-server/bench/run.sh}): cold start to
 * the first tools/list answer (median of 5), peak RSS, and the mean overhead of a tool call over stdio against
 * the simulator with no latency. Prints figures; asserts nothing.
 */
public final class McpBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INIT = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}";
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    private static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";

    private McpBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "mcp-server/target/webinarops-mcp-server-all.jar").toAbsolutePath();
        Path work = jar.getParent().resolve("bench");
        Files.createDirectories(work);
        try (ZoomTestEnvironment zoom = ZoomTestEnvironment.builder().sandbox().build()) {
            Map<String, String> env = environment(zoom, work);
            List<String> plain = List.of();
            List<String> lean = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                    "-XX:CICompilerCount=1", "-Xmx96m");
            Path archive = work.resolve("mcp-server.jsa");
            Files.deleteIfExists(archive);
            List<String> train = new ArrayList<>(lean);
            train.add("-XX:ArchiveClassesAtExit=" + archive);
            session(jar, train, env, 0); // one training session writes the class-data archive
            List<String> cds = new ArrayList<>(lean);
            cds.add("-XX:SharedArchiveFile=" + archive);

            System.out.println("Cold start to first tools/list answer (median of 5) and peak RSS (VmHWM)");
            boolean quick = Boolean.getBoolean("bench.quick");
            var modes = quick ? List.of(Map.entry("lean flags + AppCDS archive", cds))
                    : List.of(Map.entry("java -jar (defaults)", plain), Map.entry("lean flags", lean),
                            Map.entry("lean flags + AppCDS archive", cds));
            for (var mode : modes) {
                List<Double> starts = new ArrayList<>();
                List<Long> rss = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    Result r = session(jar, mode.getValue(), env, 0);
                    starts.add(r.startSeconds);
                    rss.add(r.peakRssKb);
                }
                Collections.sort(starts);
                Collections.sort(rss);
                System.out.printf("  %-30s start %.3f s (min %.3f, max %.3f)   peak RSS %d MB (max %d MB)%n",
                        mode.getKey(), starts.get(2), starts.get(0), starts.get(4), rss.get(2) / 1024, rss.get(4) / 1024);
            }

            if (quick) {
                return;
            }
            long webinarId = zoom.zoom().webinars().list("me", "scheduled", 30, null).items().stream()
                    .map(Webinar::id).findFirst().orElseThrow();
            int calls = 500;
            Result r = session(jar, cds, env, calls, webinarId);
            double direct = direct(zoom.zoom(), webinarId, calls);
            // A tool that does not call Zoom: the round trip is the MCP stdio cost alone, free of the
            // client-side rate limiter that paces get_webinar (Business Light: 80/s = 12.5 ms).
            Result local = session(jar, cds, env, calls, 0, "get_token_status", "{}");
            System.out.printf("Tool call get_token_status (no Zoom call) over stdio: mean %.3f ms over %d calls%n",
                    local.meanCallMillis, calls);
            System.out.printf("Tool call get_webinar over stdio: mean %.3f ms over %d calls (after 100 warm-up); "
                    + "the same request made directly with the core in-process: %.3f ms; MCP overhead %.3f ms%n",
                    r.meanCallMillis, calls, direct, r.meanCallMillis - direct);
            System.out.printf("Peak RSS after %d calls: %d MB%n", calls + 100, r.peakRssKb / 1024);
        }
    }

    private static Map<String, String> environment(ZoomTestEnvironment zoom, Path work) {
        SimulatorOptions sim = SimulatorOptions.defaults();
        return Map.of("ZOOM_ACCOUNT_ID", sim.accountId(), "ZOOM_CLIENT_ID", sim.clientId(),
                "ZOOM_CLIENT_SECRET", sim.clientSecret(), "ZOOM_API_BASE_URL", zoom.config().apiBaseUrl().toString(),
                "ZOOM_OAUTH_TOKEN_URL", zoom.config().tokenUrl().toString(), "ZOOM_TOKEN_CACHE", "memory",
                "ZOOM_PLAN", "business", "ZOOM_MCP_LOG_FILE", work.resolve("bench.log").toString());
    }

    private record Result(double startSeconds, long peakRssKb, double meanCallMillis) {}

    private static Result session(Path jar, List<String> jvm, Map<String, String> env, int calls) throws Exception {
        return session(jar, jvm, env, calls, 0);
    }

    private static Result session(Path jar, List<String> jvm, Map<String, String> env, int calls, long webinarId)
            throws Exception {
        return session(jar, jvm, env, calls, webinarId, "get_webinar", "{\"webinar_id\":" + webinarId + "}");
    }

    private static Result session(Path jar, List<String> jvm, Map<String, String> env, int calls, long webinarId,
            String tool, String arguments) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(k -> k.startsWith("ZOOM_"));
        pb.environment().putAll(env);
        long t0 = System.nanoTime();
        Process p = pb.start();
        OutputStream in = p.getOutputStream();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        send(in, INIT);
        send(in, INITIALIZED);
        send(in, LIST);
        awaitId(out, 2);
        double start = (System.nanoTime() - t0) / 1e9;
        double mean = 0;
        if (calls > 0) {
            String call = "{\"jsonrpc\":\"2.0\",\"id\":%d,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                    + "\",\"arguments\":" + arguments + "}}";
            int id = 10;
            for (int i = 0; i < 100; i++, id++) {
                send(in, String.format(call, id));
                awaitId(out, id);
            }
            long c0 = System.nanoTime();
            for (int i = 0; i < calls; i++, id++) {
                send(in, String.format(call, id));
                awaitId(out, id);
            }
            mean = (System.nanoTime() - c0) / 1e6 / calls;
        }
        long rss = peakRss(p.pid());
        in.close();
        if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        return new Result(start, rss, mean);
    }

    private static double direct(Zoom zoom, long webinarId, int calls) {
        for (int i = 0; i < 100; i++) zoom.executor().executeJson(ZoomRequest.of(ZoomOperation.WEBINAR).path("webinarId", webinarId));
        long c0 = System.nanoTime();
        for (int i = 0; i < calls; i++) zoom.executor().executeJson(ZoomRequest.of(ZoomOperation.WEBINAR).path("webinarId", webinarId));
        return (System.nanoTime() - c0) / 1e6 / calls;
    }

    private static void send(OutputStream in, String line) throws Exception {
        in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private static void awaitId(BufferedReader out, int id) throws Exception {
        String line;
        while ((line = out.readLine()) != null) {
            JsonNode msg = JSON.readTree(line);
            if (msg.path("id").asInt(-1) == id) {
                if (msg.has("error")) throw new IllegalStateException(line);
                return;
            }
        }
        throw new IllegalStateException("the server closed stdout before answering " + id);
    }

    private static long peakRss(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
