package dev.webinarops.slack.app;

import static java.util.Objects.requireNonNull;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.request.SocketModeRequest;
import com.slack.api.bolt.socket_mode.request.SocketModeRequestParser;
import com.slack.api.socket_mode.SocketModeClient;
import com.slack.api.socket_mode.response.AckResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the Bolt app over Socket Mode (Tyrus backend) and acks every envelope, whatever happens.
 *
 * <p>Why not {@code SocketModeApp}: in SDK 1.51 an envelope whose handler throws, or that no handler
 * matches, is never acked unless an error handler answers it, and {@code close()} leaves the client and
 * its executor running. Here envelopes run on our own pool ({@code concurrency} threads, so one slow
 * handler never holds up the others' acks), any failure is acked with an empty ack, and {@link #close()}
 * closes the client and the pool.
 */
public final class SocketModeRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeRunner.class);

    private final App app;
    private final Slack slack;
    private final Background background;
    private final String appToken;
    private final ExecutorService envelopes;
    private final Gson gson;
    private volatile SocketModeClient client;

    public SocketModeRunner(App app, Slack slack, Background background, String appToken, int concurrency) {
        this.app = requireNonNull(app, "app is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.background = requireNonNull(background, "background is null");
        this.appToken = requireNonNull(appToken, "appToken is null");
        AtomicInteger n = new AtomicInteger();
        this.envelopes = new ThreadPoolExecutor(concurrency, concurrency, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(50_000), r -> {
                    Thread t = new Thread(r, "slack-envelope-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.gson = GsonFactory.createSnakeCase(slack.getConfig());
    }

    /** Opens the connection (apps.connections.open, then the WebSocket); reconnects by itself afterwards. */
    public void start() throws IOException {
        app.start();
        SocketModeClient c = slack.socketMode(appToken, SocketModeClient.Backend.Tyrus);
        SocketModeRequestParser parser = new SocketModeRequestParser(app.config());
        c.addWebSocketMessageListener(message -> dispatch(parser, message));
        c.setAutoReconnectEnabled(true);
        this.client = c;
        c.connect();
    }

    private void dispatch(SocketModeRequestParser parser, String message) {
        SocketModeRequest req;
        try {
            req = parser.parse(message);
        } catch (RuntimeException e) {
            // Bolt could not make a request of it; still ack, or Slack shows the user an error
            String envelopeId = envelopeId(message);
            log.warn("could not read Socket Mode envelope {}: {}", envelopeId, e.getMessage());
            if (envelopeId != null) {
                ack(envelopeId, null);
            }
            return;
        }
        if (req == null) {
            return; // hello, disconnect and the like: the client handles those
        }
        try {
            envelopes.execute(() -> handle(req));
        } catch (RejectedExecutionException e) {
            ack(req.getEnvelope().getEnvelopeId(), null);
        }
    }

    private String envelopeId(String message) {
        try {
            JsonElement id = gson.fromJson(message, JsonObject.class).get("envelope_id");
            return id == null || id.isJsonNull() ? null : id.getAsString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Work the handler hands to {@link Background} starts only once the ack has been sent. */
    private void handle(SocketModeRequest req) {
        background.hold();
        try {
            handleAndAck(req);
        } finally {
            background.release();
        }
    }

    private void handleAndAck(SocketModeRequest req) {
        String envelopeId = req.getEnvelope().getEnvelopeId();
        Response response;
        try {
            response = app.run(req.getBoltRequest());
        } catch (Exception e) {
            log.error("handler failed for envelope {} ({}): {}", envelopeId, req.getEnvelope().getType(), e.getMessage(), e);
            ack(envelopeId, null);
            return;
        }
        if (response == null || response.getStatusCode() == null || response.getStatusCode() != 200) {
            log.warn("envelope {} ({}) answered {}; acking anyway", envelopeId, req.getEnvelope().getType(),
                    response == null ? null : response.getStatusCode());
            ack(envelopeId, null);
            return;
        }
        ack(envelopeId, response);
    }

    private void ack(String envelopeId, Response response) {
        SocketModeClient c = client;
        if (c == null) {
            return;
        }
        try {
            if (response == null || response.getBody() == null || response.getBody().isEmpty()) {
                c.sendSocketModeResponse(new AckResponse(envelopeId));
                return;
            }
            JsonObject ack = new JsonObject();
            ack.addProperty("envelope_id", envelopeId);
            String type = response.getContentType();
            if (type != null && type.startsWith("application/json")) {
                ack.add("payload", gson.fromJson(response.getBody(), JsonElement.class));
            } else {
                JsonObject payload = new JsonObject();
                payload.addProperty("text", response.getBody());
                ack.add("payload", payload);
            }
            c.sendSocketModeResponse(gson.toJson(ack));
        } catch (RuntimeException e) {
            log.error("could not ack envelope {}: {}", envelopeId, e.getMessage());
        }
    }

    public boolean connected() {
        SocketModeClient c = client;
        return c != null && c.verifyConnection();
    }

    /** Stops taking envelopes, lets running handlers finish their acks, then closes the client. */
    @Override
    public void close() {
        envelopes.shutdown();
        try {
            if (!envelopes.awaitTermination(5, TimeUnit.SECONDS)) {
                envelopes.shutdownNow();
            }
        } catch (InterruptedException e) {
            envelopes.shutdownNow();
            Thread.currentThread().interrupt();
        }
        SocketModeClient c = client;
        client = null;
        if (c != null) {
            try {
                c.close();
            } catch (IOException | RuntimeException e) {
                log.warn("closing the Socket Mode client: {}", e.getMessage());
            }
        }
        try {
            app.stop();
        } catch (Exception e) {
            log.warn("stopping the Bolt app: {}", e.getMessage());
        }
    }
}
