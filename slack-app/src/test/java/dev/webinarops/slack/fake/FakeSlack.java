package dev.webinarops.slack.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A fake Slack on localhost: the Web API over HTTP (every call recorded; unknown methods and missing
 * required arguments rejected as Slack's spec says) and Socket Mode over WebSocket (hello, envelopes,
 * acks matched by envelope_id on any connection, disconnect/refresh).
 */
public final class FakeSlack implements AutoCloseable {
    public static final String BOT_TOKEN = "xoxb-fake-bot-token";
    public static final String APP_TOKEN = "xapp-1-fake-app-token";
    public static final String TEAM = "T0FAKE";
    public static final String BOT_USER = "U0BOT";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One Web API call as the fake received it. */
    public record Call(String method, Map<String, String> args, long atNanos, JsonNode answer) {
        public JsonNode json(String arg) {
            try {
                return JSON.readTree(args.get(arg));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A POST to a response_url. */
    public record Response(String id, JsonNode body) {}

    /** An ack as received: when, on which connection, with what payload. */
    public record Ack(String envelopeId, long atNanos, int connection, JsonNode payload) {}

    private final SlackWebApiSpec spec = SlackWebApiSpec.load();
    private final HttpServer http;
    private final Socket socket;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> rejected = new CopyOnWriteArrayList<>();
    private final List<Response> responses = new CopyOnWriteArrayList<>();
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Ack> acks = new ConcurrentHashMap<>();
    private final List<String> duplicateAcks = new CopyOnWriteArrayList<>();
    private final Map<String, List<String>> groups = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);
    private final AtomicInteger connectionsOpened = new AtomicInteger();
    private final AtomicInteger triggers = new AtomicInteger();
    private volatile Duration apiLatency = Duration.ZERO;
    private final Map<String, AtomicInteger> rateLimited = new ConcurrentHashMap<>();

    public FakeSlack() {
        try {
            socket = new Socket();
            socket.setReuseAddr(true);
            socket.start();
            if (!socket.started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the fake Socket Mode server did not start");
            }
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.setExecutor(Executors.newFixedThreadPool(8, r -> {
                Thread t = new Thread(r, "fake-slack-http");
                t.setDaemon(true);
                return t;
            }));
            http.createContext("/api/", this::api);
            http.createContext("/respond/", this::respond);
            http.start();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public String apiBaseUrl() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/api/";
    }

    public String responseUrl(String id) {
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/respond/" + id;
    }

    public void setGroupMembers(String group, List<String> users) {
        groups.put(group, List.copyOf(users));
    }

    public void setApiLatency(Duration latency) {
        this.apiLatency = latency;
    }

    /** The next {@code times} calls of {@code method} are answered like Slack's rate limiter: HTTP 429, Retry-After: 1. */
    public void rateLimitNext(String method, int times) {
        rateLimited.put(method, new AtomicInteger(times));
    }

    // ------------------------------------------------------------------ Web API

    private void api(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestURI().getPath().substring("/api/".length());
            Map<String, String> args = new LinkedHashMap<>(form(ex.getRequestURI().getRawQuery()));
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String contentType = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
            if (contentType.startsWith("application/json") && !body.isBlank()) {
                JSON.readTree(body).fields().forEachRemaining(f -> args.put(f.getKey(),
                        f.getValue().isTextual() ? f.getValue().asText() : f.getValue().toString()));
            } else {
                args.putAll(form(body));
            }
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : args.get("token");
            if (!apiLatency.isZero()) {
                Thread.sleep(apiLatency.toMillis());
            }
            AtomicInteger limited = rateLimited.get(method);
            if (limited != null && limited.getAndDecrement() > 0) {
                byte[] out = JSON.writeValueAsBytes(error("ratelimited"));
                ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                ex.getResponseHeaders().add("Retry-After", "1");
                ex.sendResponseHeaders(429, out.length);
                ex.getResponseBody().write(out);
                return;
            }
            ObjectNode answer;
            if (!spec.knows(method)) {
                rejected.add(method);
                answer = error("unknown_method");
            } else if (token == null) {
                rejected.add(method);
                answer = error("not_authed");
            } else if (method.equals("apps.connections.open") ? !token.equals(APP_TOKEN) : !token.equals(BOT_TOKEN)) {
                rejected.add(method);
                answer = error(method.equals("apps.connections.open") ? "not_allowed_token_type" : "invalid_auth");
            } else if (!spec.missing(method, args).isEmpty()) {
                rejected.add(method + " " + spec.missing(method, args));
                answer = error("invalid_arguments");
                answer.put("missing", String.join(",", spec.missing(method, args)));
            } else {
                answer = answer(method, args);
                calls.add(new Call(method, Map.copyOf(args), System.nanoTime(), answer));
            }
            byte[] out = JSON.writeValueAsBytes(answer);
            ex.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ObjectNode answer(String method, Map<String, String> args) {
        ObjectNode ok = JSON.createObjectNode().put("ok", true);
        switch (method) {
            case "apps.connections.open" -> ok.put("url", "ws://127.0.0.1:" + socket.getPort() + "/link/?ticket="
                    + UUID.randomUUID());
            case "auth.test" -> ok.put("url", "https://fake.slack.test/").put("team", "Fake").put("user", "webinarbot")
                    .put("team_id", TEAM).put("user_id", BOT_USER).put("bot_id", "B0BOT");
            case "chat.postMessage" -> {
                String t = nextTs();
                ok.put("channel", args.get("channel")).put("ts", t);
                ok.putObject("message").put("ts", t).put("text", args.getOrDefault("text", ""));
            }
            case "chat.update" -> ok.put("channel", args.get("channel")).put("ts", args.get("ts"));
            case "chat.postEphemeral" -> ok.put("message_ts", nextTs());
            case "views.open", "views.publish", "views.update", "views.push" ->
                    ok.putObject("view").put("id", "V" + triggers.incrementAndGet());
            case "usergroups.users.list" -> {
                var users = ok.putArray("users");
                groups.getOrDefault(args.get("usergroup"), List.of()).forEach(users::add);
            }
            default -> { }
        }
        return ok;
    }

    private String nextTs() {
        long v = ts.incrementAndGet();
        return (v / 1_000_000) + "." + String.format("%06d", v % 1_000_000);
    }

    private static ObjectNode error(String code) {
        return JSON.createObjectNode().put("ok", false).put("error", code);
    }

    private void respond(HttpExchange ex) throws IOException {
        try (ex; InputStream in = ex.getRequestBody()) {
            String id = ex.getRequestURI().getPath().substring("/respond/".length());
            responses.add(new Response(id, JSON.readTree(in.readAllBytes())));
            byte[] out = "ok".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, out.length);
            ex.getResponseBody().write(out);
        }
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.put(k, v);
        }
        return out;
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** The ts the fake gave a posted message. */
    public String postedTs(Call postMessage) {
        return postMessage.answer().path("ts").asText();
    }

    public List<String> rejected() {
        return List.copyOf(rejected);
    }

    public List<Response> responses(String id) {
        return responses.stream().filter(r -> r.id().equals(id)).toList();
    }

    /** Waits until a call matching {@code test} has been made, and returns it. */
    public Call awaitCall(String method, Predicate<Call> test, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Call c : calls) {
                if (c.method().equals(method) && test.test(c)) {
                    return c;
                }
            }
            sleep(10);
        }
        throw new AssertionError("no " + method + " call matched within " + timeout + "; calls: " + summary());
    }

    public Response awaitResponse(String id, Predicate<JsonNode> test, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Response r : responses) {
                if (r.id().equals(id) && test.test(r.body())) {
                    return r;
                }
            }
            sleep(10);
        }
        throw new AssertionError("no matching response on " + id + " within " + timeout + "; got: " + responses);
    }

    public String summary() {
        List<String> out = new ArrayList<>();
        calls.forEach(c -> out.add(c.method()));
        return out + " rejected=" + rejected;
    }

    // ------------------------------------------------------------------ Socket Mode

    /** Sends an envelope on the newest connection; returns its envelope_id. */
    public String send(String type, JsonNode payload) {
        String id = UUID.randomUUID().toString();
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("envelope_id", id).put("type", type).put("accepts_response_payload", !type.equals("events_api"))
                .put("retry_attempt", 0).put("retry_reason", "");
        envelope.set("payload", payload);
        WebSocket conn = socket.current();
        if (conn == null) {
            throw new IllegalStateException("no Socket Mode connection is open");
        }
        sentAt.put(id, System.nanoTime());
        conn.send(envelope.toString());
        return id;
    }

    public Ack awaitAck(String envelopeId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Ack a = acks.get(envelopeId);
            if (a != null) {
                return a;
            }
            sleep(2);
        }
        throw new AssertionError("envelope " + envelopeId + " was not acked within " + timeout);
    }

    public Ack ack(String envelopeId) {
        return acks.get(envelopeId);
    }

    /** Nanoseconds from sending an envelope to its ack, or -1 if not acked. */
    public long ackLatencyNanos(String envelopeId) {
        Ack a = acks.get(envelopeId);
        Long s = sentAt.get(envelopeId);
        return a == null || s == null ? -1 : a.atNanos() - s;
    }

    public List<String> duplicateAcks() {
        return List.copyOf(duplicateAcks);
    }

    public int connectionsOpened() {
        return connectionsOpened.get();
    }

    public int openConnections() {
        return socket.getConnections().size();
    }

    public void awaitConnections(int opened, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (connectionsOpened.get() >= opened && socket.current() != null) {
                return;
            }
            sleep(10);
        }
        throw new AssertionError("expected " + opened + " Socket Mode connections, saw " + connectionsOpened.get());
    }

    /**
     * Asks the client to reconnect, as Slack does; the old connection stays open (and acks on it still
     * count) until {@code closeOldAfter} after the new one arrives.
     */
    public void requestRefresh(Duration closeOldAfter) {
        WebSocket old = socket.current();
        socket.closeOnNextOpen(old, closeOldAfter);
        old.send("{\"type\":\"disconnect\",\"reason\":\"refresh_requested\",\"debug_info\":{\"host\":\"fake\"}}");
    }

    /** Closes every connection abruptly, as a network failure would. */
    public void dropConnections() {
        for (WebSocket c : socket.getConnections()) {
            c.closeConnection(1006, "dropped");
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        ((java.util.concurrent.ExecutorService) http.getExecutor()).shutdownNow();
        try {
            socket.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Socket extends WebSocketServer {
        final CountDownLatch started = new CountDownLatch(1);
        private final Map<WebSocket, Integer> numbers = new ConcurrentHashMap<>();
        private final List<WebSocket> order = new CopyOnWriteArrayList<>();
        private volatile WebSocket toClose;
        private volatile Duration closeDelay;

        Socket() {
            super(new InetSocketAddress("127.0.0.1", 0));
            setConnectionLostTimeout(0);
        }

        WebSocket current() {
            for (int i = order.size() - 1; i >= 0; i--) {
                WebSocket c = order.get(i);
                if (c.isOpen() && c != toClose) {
                    return c;
                }
            }
            // until the client has reconnected, Slack keeps using the connection it asked to refresh
            WebSocket old = toClose;
            return old != null && old.isOpen() ? old : null;
        }

        void closeOnNextOpen(WebSocket old, Duration delay) {
            this.closeDelay = delay;
            this.toClose = old;
        }

        @Override
        public void onOpen(WebSocket conn, ClientHandshake handshake) {
            int n = connectionsOpened.incrementAndGet();
            numbers.put(conn, n);
            order.add(conn);
            conn.send("{\"type\":\"hello\",\"num_connections\":" + getConnections().size()
                    + ",\"debug_info\":{\"host\":\"fake\",\"approximate_connection_time\":3600},"
                    + "\"connection_info\":{\"app_id\":\"A0FAKE\"}}");
            WebSocket old = toClose;
            if (old != null && old != conn) {
                Duration delay = closeDelay;
                Thread t = new Thread(() -> {
                    sleep(delay.toMillis());
                    old.close(1000, "refreshed");
                    toClose = null;
                }, "fake-slack-close-old");
                t.setDaemon(true);
                t.start();
            }
        }

        @Override
        public void onClose(WebSocket conn, int code, String reason, boolean remote) {
            order.remove(conn);
        }

        @Override
        public void onMessage(WebSocket conn, String message) {
            try {
                JsonNode node = JSON.readTree(message);
                String id = node.path("envelope_id").asText(null);
                if (id == null) {
                    return;
                }
                Ack ack = new Ack(id, System.nanoTime(), numbers.getOrDefault(conn, -1), node.get("payload"));
                if (acks.putIfAbsent(id, ack) != null) {
                    duplicateAcks.add(id);
                }
            } catch (IOException e) {
                // not JSON: Slack would ignore it too
            }
        }

        @Override
        public void onError(WebSocket conn, Exception ex) {
            // connection errors surface as closes; nothing to record
        }

        @Override
        public void onStart() {
            started.countDown();
        }
    }
}
