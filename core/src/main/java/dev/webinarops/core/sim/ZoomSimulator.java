package dev.webinarops.core.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.webinarops.core.api.RateLimitLabel;
import dev.webinarops.core.api.ZoomOperation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A local HTTP server that behaves like Zoom's REST API for the 54 webinar operations of
 * {@link ZoomOperation}: OAuth (account credentials) at {@code /oauth/token}, the API under
 * {@code /v2}, request validation against Zoom's OpenAPI document, per-label rate limits, latency,
 * fault injection and in-memory state.
 *
 * <p>Per API request, in order: route (unknown = 404 code 404) → count → latency → injected fault →
 * bearer token (401 code 124) → revoked scopes (400 code 4711) → rate limit (429) → spec validation
 * (400 code 300) → stateful handling.
 */
public final class ZoomSimulator implements AutoCloseable {
    static {
        // The JDK server writes a response's headers and body separately; with Nagle's algorithm and
        // delayed ACKs every answer with a body then waits ~40 ms. Real Zoom does not.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(ZoomSimulator.class);
    private static final String API_PREFIX = "/v2";
    private static final String TOKEN_PATH = "/oauth/token";
    private static final String SCOPES = String.join(" ", "webinar:read:admin", "webinar:write:admin",
            "user:read:admin", "webinar_token:read:admin:live_streaming",
            "webinar_token:read:admin:local_archiving", "webinar_token:read:admin:local_recording");

    static final String QPS_MESSAGE = "You have exceeded the rate limit per second for this API. Try again later.";

    private final SimulatorOptions options;
    private final HttpServer server;
    private final ExecutorService executor;
    private final SimulatorState state;
    private final ZoomApi api;
    private final SimulatorCounters counters = new SimulatorCounters();
    private final FaultInjector faults = new FaultInjector();
    private final RateLimiter rateLimiter;
    private final List<String> validationErrors = Collections.synchronizedList(new ArrayList<>());
    private final List<String> responseValidationErrors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger responseChecksInFlight = new AtomicInteger();
    private final Map<String, Long> tokens = new ConcurrentHashMap<>(); // token -> expiry (epoch millis)
    private final SecureRandom secureRandom = new SecureRandom();
    private final List<Route> routes = new ArrayList<>();

    private record Route(ZoomOperation op, Pattern pattern, List<String> params, int literalSegments) {}

    private ZoomSimulator(SimulatorOptions options) throws IOException {
        this.options = options;
        this.state = new SimulatorState(options.accountId());
        this.api = new ZoomApi(state);
        this.rateLimiter = new RateLimiter(options.perSecondLimits());
        for (ZoomOperation op : ZoomOperation.values()) {
            StringBuilder re = new StringBuilder("^");
            int literals = 0;
            for (String seg : op.pathTemplate().substring(1).split("/")) {
                re.append('/');
                if (seg.startsWith("{")) {
                    re.append("([^/]+)");
                } else {
                    re.append(Pattern.quote(seg));
                    literals++;
                }
            }
            routes.add(new Route(op, Pattern.compile(re.append('$').toString()), op.pathParameters(), literals));
        }
        SpecValidator.validator(); // load the spec before accepting requests
        if (options.seedSandbox()) {
            SandboxSeed.seed(state);
        }
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "zoom-sim-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", options.port()), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** Starts listening on 127.0.0.1; returns when ready. */
    public static ZoomSimulator start(SimulatorOptions options) {
        try {
            return new ZoomSimulator(options == null ? SimulatorOptions.defaults() : options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Zoom simulator", e);
        }
    }

    public URI apiBaseUrl() {
        return URI.create("http://127.0.0.1:" + port() + API_PREFIX);
    }

    public URI tokenUrl() {
        return URI.create("http://127.0.0.1:" + port() + TOKEN_PATH);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public SimulatorOptions options() {
        return options;
    }

    public SimulatorState state() {
        return state;
    }

    public SimulatorCounters counters() {
        return counters;
    }

    public FaultInjector faults() {
        return faults;
    }

    /** One line per request the spec validator rejected: "METHOD path: messages". */
    /** One line per answer of the simulator's own that broke the spec's response schema (a simulator bug). */
    public List<String> responseValidationErrors() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (responseChecksInFlight.get() > 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(1_000_000); // answers already sent are still being checked
        }
        synchronized (responseValidationErrors) {
            return List.copyOf(responseValidationErrors);
        }
    }

    public List<String> validationErrors() {
        synchronized (validationErrors) {
            return List.copyOf(validationErrors);
        }
    }

    public void resetCounters() {
        counters.reset();
    }

    /** Forgets every issued access token (clients must mint a new one). */
    public void revokeAllTokens() {
        tokens.clear();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ request handling

    private void handle(HttpExchange ex) {
        try {
            byte[] body = readAll(ex.getRequestBody());
            String rawPath = ex.getRequestURI().getRawPath();
            if (rawPath.equals(TOKEN_PATH)) {
                handleToken(ex, body);
            } else if (rawPath.equals(API_PREFIX) || rawPath.startsWith(API_PREFIX + "/")) {
                handleApi(ex, rawPath, body);
            } else {
                sendError(ex, 404, 404, "Not Found", null);
            }
        } catch (Throwable t) {
            LOG.warn("simulator failed on {} {}", ex.getRequestMethod(), ex.getRequestURI(), t);
            try {
                sendError(ex, 500, 500, "Internal simulator error: " + t, null);
            } catch (RuntimeException | IOException ignored) {
                // the response may have started already
            }
        } finally {
            ex.close();
        }
    }

    private void handleToken(HttpExchange ex, byte[] body) throws IOException {
        if (!ex.getRequestMethod().equals("POST")) {
            sendJson(ex, 405, error(405, "Method Not Allowed"), null);
            return;
        }
        Map<String, List<String>> params = parseQuery(ex.getRequestURI().getRawQuery());
        String ct = ex.getRequestHeaders().getFirst("Content-Type");
        if (ct != null && ct.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
            parseQuery(new String(body, StandardCharsets.UTF_8)).forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (options.clientId() + ":" + options.clientSecret()).getBytes(StandardCharsets.UTF_8));
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !auth.trim().equals(expected)) {
            sendJson(ex, 400, oauthError("Invalid client_id or client_secret", "invalid_client"), null);
            return;
        }
        String grant = ZoomApi.first(params, "grant_type");
        if (!"account_credentials".equals(grant)) {
            sendJson(ex, 400, oauthError("Unsupported grant type", "unsupported_grant_type"), null);
            return;
        }
        if (!options.accountId().equals(ZoomApi.first(params, "account_id"))) {
            sendJson(ex, 400, oauthError("Invalid account_id", "invalid_request"), null);
            return;
        }
        byte[] rnd = new byte[30];
        secureRandom.nextBytes(rnd);
        String token = "sim_" + Base64.getUrlEncoder().withoutPadding().encodeToString(rnd); // 40 chars
        tokens.put(token, System.currentTimeMillis() + options.tokenTtlSeconds() * 1000);
        counters.tokenMinted();
        ObjectNode out = SimulatorState.NODES.objectNode();
        out.put("access_token", token);
        out.put("token_type", "bearer");
        out.put("expires_in", options.tokenTtlSeconds());
        out.put("scope", SCOPES);
        out.put("api_url", "http://127.0.0.1:" + port());
        sendJson(ex, 200, out, null);
    }

    private void handleApi(HttpExchange ex, String rawPath, byte[] body) throws IOException {
        String method = ex.getRequestMethod();
        String opPath = rawPath.substring(API_PREFIX.length());
        Route route = null;
        Matcher match = null;
        for (Route r : routes) {
            if (!r.op.method().name().equals(method)) continue;
            Matcher m = r.pattern.matcher(opPath);
            if (m.matches() && (route == null || r.literalSegments > route.literalSegments)) {
                route = r;
                match = m;
            }
        }
        if (route == null) {
            counters.request(null);
            sendError(ex, 404, 404, "Not Found", null);
            return;
        }
        ZoomOperation op = route.op;
        counters.request(op.operationId());

        if (!options.latency().isZero()) sleep(options.latency());

        Fault fault = faults.poll(op.operationId());
        Integer afterProcessing = null;
        if (fault != null) {
            if (fault instanceof Fault.Status f) {
                sendError(ex, f.status(), f.zoomCode(), f.message(), null);
                return;
            } else if (fault instanceof Fault.RetryAfter429 f) {
                counters.limited();
                Headers h = new Headers();
                h.add("Retry-After", String.valueOf(f.retryAfterSeconds()));
                h.add("X-RateLimit-Category", op.rateLimitLabel().bucket().displayName());
                if (f.dailyLimit()) {
                    h.add("X-RateLimit-Type", "Daily-limit");
                    sendError(ex, 429, 429, "You have reached the maximum daily rate limit for this API. Refer to"
                            + " the response header for details on when you can make the next request.", h);
                } else {
                    h.add("X-RateLimit-Type", "QPS");
                    sendError(ex, 429, 429, QPS_MESSAGE, h);
                }
                return;
            } else if (fault instanceof Fault.ConnectionReset) {
                resetConnection(ex);
                return;
            } else if (fault instanceof Fault.Delay f) {
                sleep(f.delay());
            } else if (fault instanceof Fault.ExpiredToken) {
                sendError(ex, 401, 124, "Invalid access token.", null);
                return;
            } else if (fault instanceof Fault.AfterProcessing f) {
                afterProcessing = f.status();
            }
        }

        if (!validToken(ex.getRequestHeaders().getFirst("Authorization"))) {
            sendError(ex, 401, 124, "Invalid access token.", null);
            return;
        }
        boolean revoked;
        synchronized (state.lock) {
            revoked = state.scopesRevoked;
        }
        if (revoked) {
            sendError(ex, 400, 4711, "Invalid access token, does not contain scopes:["
                    + String.join(", ", op.scopes()) + "].", null);
            return;
        }

        Headers limitHeaders = null;
        RateLimiter.Decision d = rateLimiter.acquire(op.rateLimitLabel());
        if (d != null) {
            limitHeaders = new Headers();
            limitHeaders.add("X-RateLimit-Category", d.label().displayName());
            limitHeaders.add("X-RateLimit-Limit", String.valueOf(d.limit()));
            limitHeaders.add("X-RateLimit-Remaining", String.valueOf(d.remaining()));
            if (!d.allowed()) {
                counters.limited();
                limitHeaders.add("Retry-After", "1");
                limitHeaders.add("X-RateLimit-Type", "QPS");
                sendError(ex, 429, 429, QPS_MESSAGE, limitHeaders);
                return;
            }
        }

        // validation
        Map<String, List<String>> query = parseQuery(ex.getRequestURI().getRawQuery());
        String contentType = ex.getRequestHeaders().getFirst("Content-Type");
        List<String> problems = new ArrayList<>(SpecValidator.validate(method, rawPath, query, contentType,
                ex.getRequestHeaders().getFirst("Accept"), body));
        Map<String, Multipart.Part> parts = Map.of();
        boolean multipartOp = op == ZoomOperation.UPLOAD_WEBINAR_BRANDING_VB || op == ZoomOperation.UPLOAD_WEBINAR_BRANDING_WALLPAPER;
        if (multipartOp && problems.isEmpty()) {
            parts = Multipart.parse(contentType, body);
            if (!parts.containsKey("file")) {
                problems.add("Object has missing required properties ([\"file\"]): multipart part 'file' is required");
            }
        }
        Map<String, String> pathParams = new LinkedHashMap<>();
        for (int i = 0; i < route.params.size(); i++) {
            pathParams.put(route.params.get(i), decodePathSegment(match.group(i + 1)));
        }
        if (problems.isEmpty()) {
            for (Map.Entry<String, String> e : pathParams.entrySet()) {
                // Zoom's gateway would split a single-encoded '/' into path segments: such a UUID must be double-encoded
                if (e.getValue().startsWith("/") || e.getValue().contains("//")) {
                    String raw = match.group(route.params.indexOf(e.getKey()) + 1);
                    if (!raw.contains("%25")) {
                        sendError(ex, 404, 404, "Not Found", limitHeaders);
                        return;
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            String msg = String.join("; ", problems);
            validationErrors.add(method + " " + rawPath + ": " + msg);
            sendError(ex, 400, 300, msg, limitHeaders);
            return;
        }
        JsonNode json = null;
        if (!multipartOp && body.length > 0) {
            try {
                json = SimulatorState.JSON.readTree(body);
            } catch (IOException e) {
                sendError(ex, 400, 300, "Request body is not valid JSON.", limitHeaders);
                return;
            }
        }

        ZoomApi.Reply reply;
        try {
            reply = api.handle(op, pathParams, query, json, parts);
        } catch (ZoomError e) {
            reply = new ZoomApi.Reply(e.status, error(e.code, e.getMessage()));
        }
        if (afterProcessing != null) {
            sendError(ex, afterProcessing, afterProcessing, afterProcessing == 504 ? "Gateway Timeout"
                    : "Internal server error (simulated after processing).", limitHeaders);
            return;
        }
        boolean check = reply.status() / 100 == 2;
        if (check) {
            responseChecksInFlight.incrementAndGet();
        }
        try {
            if (reply.body() == null) {
                if (limitHeaders != null) ex.getResponseHeaders().putAll(limitHeaders);
                ex.sendResponseHeaders(reply.status(), -1);
            } else {
                sendJson(ex, reply.status(), reply.body(), limitHeaders);
            }
        } finally {
            if (check) {
                // Checked after the answer went out, so the check costs the caller no time (as with real Zoom).
                try {
                    byte[] bytes = reply.body() == null ? new byte[0] : SimulatorState.JSON.writeValueAsBytes(reply.body());
                    for (String problem : SpecValidator.validateResponse(method, rawPath, reply.status(), bytes)) {
                        responseValidationErrors.add(method + " " + rawPath + " -> " + reply.status() + ": " + problem);
                    }
                } finally {
                    responseChecksInFlight.decrementAndGet();
                }
            }
        }
    }

    private boolean validToken(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) return false;
        Long expiry = tokens.get(authorization.substring(7).trim());
        return expiry != null && expiry > System.currentTimeMillis();
    }

    /**
     * Response head with a Content-Length, a truncated body, then close: the client gets an
     * IOException it cannot mistake for a stale pooled connection (which HttpClient would retry).
     */
    private static void resetConnection(HttpExchange ex) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(200, 1024);
        OutputStream out = ex.getResponseBody();
        out.write("{\"co".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ex.close(); // fewer bytes than announced: the server closes the connection
    }

    // ------------------------------------------------------------------ helpers

    private static ObjectNode error(int code, String message) {
        ObjectNode o = SimulatorState.NODES.objectNode();
        o.put("code", code);
        o.put("message", message);
        return o;
    }

    private static ObjectNode oauthError(String reason, String error) {
        ObjectNode o = SimulatorState.NODES.objectNode();
        o.put("reason", reason);
        o.put("error", error);
        return o;
    }

    private static void sendError(HttpExchange ex, int status, int code, String message, Headers extra) throws IOException {
        sendJson(ex, status, error(code, message), extra);
    }

    private static void sendJson(HttpExchange ex, int status, JsonNode body, Headers extra) throws IOException {
        byte[] bytes = SimulatorState.JSON.writeValueAsBytes(body);
        if (extra != null) ex.getResponseHeaders().putAll(extra);
        ex.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String k = formDecode(eq < 0 ? pair : pair.substring(0, eq));
            String v = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
        }
        return out;
    }

    private static String formDecode(String s) {
        return percentDecode(s.replace('+', ' '));
    }

    /**
     * Decodes a raw path segment. A value that still holds %XX escapes after one pass was
     * double-encoded (UUIDs starting with '/' or containing '//') and is decoded again.
     */
    static String decodePathSegment(String raw) {
        String once = percentDecode(raw);
        return once.matches(".*%[0-9A-Fa-f]{2}.*") ? percentDecode(once) : once;
    }

    /** Percent-decoding without form semantics: '+' stays '+', as base64 UUIDs need. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) return s;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            out.write(b, 0, b.length);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
