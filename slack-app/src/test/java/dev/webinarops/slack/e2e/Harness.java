package dev.webinarops.slack.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Guice;
import dev.webinarops.core.CoreModule;
import dev.webinarops.core.config.Secret;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import dev.webinarops.slack.Ids;
import dev.webinarops.slack.app.WebinarSlackApp;
import dev.webinarops.slack.config.SlackSettings;
import dev.webinarops.slack.fake.FakeSlack;
import dev.webinarops.slack.SlackAppModule;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** The app wired to a fake Slack and a Zoom simulator, and helpers that act like Slack's users. */
final class Harness implements AutoCloseable {
    static final String ADMIN = "U0ADMIN1";
    static final String ADMIN2 = "U0ADMIN2";
    static final String GROUP_ADMIN = "U0GROUPADM";
    static final String NOBODY = "U0NOBODY";
    static final String GROUP = "S0ADMINS";
    static final String CHANNEL = "C0APPROVALS";
    static final Duration WAIT = Duration.ofSeconds(10);
    static final ObjectMapper JSON = new ObjectMapper();

    final ZoomTestEnvironment zoom;
    final FakeSlack slack;
    final Path storeDir;
    private final AtomicInteger responseIds = new AtomicInteger();
    WebinarSlackApp app;
    Duration pollInterval = Duration.ofHours(1);
    com.google.inject.Injector injector;

    private Harness(ZoomTestEnvironment zoom, FakeSlack slack, Path storeDir) {
        this.zoom = zoom;
        this.slack = slack;
        this.storeDir = storeDir;
    }

    static Harness start() {
        return start(ZoomTestEnvironment.builder().sandbox().build());
    }

    static Harness start(ZoomTestEnvironment zoom) {
        try {
            Path dir = Files.createTempDirectory("slack-app-store");
            FakeSlack slack = new FakeSlack();
            slack.setGroupMembers(GROUP, List.of(GROUP_ADMIN));
            Harness h = new Harness(zoom, slack, dir);
            h.startApp();
            return h;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    SlackSettings settings() {
        return new SlackSettings(new Secret(FakeSlack.BOT_TOKEN), new Secret(FakeSlack.APP_TOKEN),
                URI.create(slack.apiBaseUrl()), Set.of(ADMIN, ADMIN2), Optional.of(GROUP), pollInterval,
                storeDir.resolve("store"), 8);
    }

    void startApp() {
        int before = slack.connectionsOpened();
        injector = Guice.createInjector(new CoreModule(zoom.config()), new SlackAppModule(settings()));
        app = injector.getInstance(WebinarSlackApp.class);
        try {
            app.start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        slack.awaitConnections(before + 1, WAIT);
    }

    /** Stops the app (as a process exit would) and starts a new one on the same store. */
    void restartApp() {
        app.close();
        startApp();
    }

    boolean auditContains(String user, String resultPart) {
        return injector.getInstance(dev.webinarops.slack.store.AppStore.class).auditLog(1000).stream()
                .anyMatch(e -> e.userId().equals(user) && e.result().contains(resultPart));
    }

    // ------------------------------------------------------------------ Zoom side

    String hostId() {
        return zoom.simulator().state().userIds().get(0);
    }

    long webinarWithPending(String topic, int pending) {
        long id = zoom.simulator().state().addWebinar(hostId(), topic, Instant.now().plus(5, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.HOURS), 60, 1);
        zoom.simulator().state().addPendingRegistrants(id, pending);
        return id;
    }

    int statusCalls() {
        return zoom.simulator().counters().requests("webinarRegistrantStatus");
    }

    // ------------------------------------------------------------------ Slack side

    /** Sends {@code /webinar text}; returns the response-URL id its answers arrive on. */
    String command(String user, String text) {
        String id = "r" + responseIds.incrementAndGet();
        String envelope = slack.send("slash_commands", commandPayload(user, text, id));
        lastAck = slack.awaitAck(envelope, WAIT);
        return id;
    }

    FakeSlack.Ack lastAck;

    ObjectNode commandPayload(String user, String text, String responseId) {
        ObjectNode p = JSON.createObjectNode();
        p.put("token", "verification").put("team_id", FakeSlack.TEAM).put("team_domain", "fake")
                .put("channel_id", CHANNEL).put("channel_name", "approvals").put("user_id", user)
                .put("user_name", user.toLowerCase()).put("command", Ids.COMMAND).put("text", text)
                .put("api_app_id", "A0FAKE").put("is_enterprise_install", "false")
                .put("response_url", slack.responseUrl(responseId)).put("trigger_id", "trig-" + UUID.randomUUID());
        return p;
    }

    /** Clicks a button of a message the app posted (found by its chat.postMessage or chat.update call). */
    String click(String user, String channel, String ts, JsonNode blocks, String actionId) {
        JsonNode button = findButton(blocks, actionId);
        if (button == null) {
            throw new AssertionError("no " + actionId + " button in " + blocks);
        }
        String responseId = "r" + responseIds.incrementAndGet();
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "block_actions").put("api_app_id", "A0FAKE").put("token", "verification")
                .put("trigger_id", "trig-" + UUID.randomUUID()).put("response_url", slack.responseUrl(responseId));
        p.putObject("team").put("id", FakeSlack.TEAM).put("domain", "fake");
        p.putObject("user").put("id", user).put("username", user.toLowerCase()).put("name", user.toLowerCase())
                .put("team_id", FakeSlack.TEAM);
        p.putObject("container").put("type", "message").put("message_ts", ts).put("channel_id", channel)
                .put("is_ephemeral", false);
        p.putObject("channel").put("id", channel).put("name", "approvals");
        ObjectNode message = p.putObject("message");
        message.put("type", "message").put("ts", ts).put("user", FakeSlack.BOT_USER).put("text", "card");
        message.set("blocks", blocks);
        ArrayNode actions = p.putArray("actions");
        ObjectNode a = actions.addObject();
        a.put("action_id", actionId).put("block_id", button.path("_block_id").asText("b"))
                .put("value", button.path("value").asText()).put("type", "button")
                .put("action_ts", String.valueOf(System.currentTimeMillis() / 1000.0));
        a.set("text", button.path("text"));
        lastAck = slack.awaitAck(slack.send("interactive", p), WAIT);
        return responseId;
    }

    /** Sends a modal submission; returns the ack (which carries inline errors, if any). */
    FakeSlack.Ack submit(String user, String callbackId, String privateMetadata, ObjectNode values) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "view_submission").put("api_app_id", "A0FAKE").put("token", "verification")
                .put("trigger_id", "trig-" + UUID.randomUUID());
        p.putObject("team").put("id", FakeSlack.TEAM).put("domain", "fake");
        p.putObject("user").put("id", user).put("username", user.toLowerCase()).put("name", user.toLowerCase())
                .put("team_id", FakeSlack.TEAM);
        ObjectNode view = p.putObject("view");
        view.put("id", "V1").put("team_id", FakeSlack.TEAM).put("type", "modal").put("callback_id", callbackId)
                .put("private_metadata", privateMetadata).put("hash", "h1").put("app_id", "A0FAKE");
        view.putArray("blocks");
        view.putObject("state").set("values", values);
        return slack.awaitAck(slack.send("interactive", p), WAIT);
    }

    String homeOpened(String user) {
        ObjectNode p = JSON.createObjectNode();
        p.put("token", "verification").put("team_id", FakeSlack.TEAM).put("api_app_id", "A0FAKE")
                .put("type", "event_callback").put("event_id", "Ev" + UUID.randomUUID().toString().substring(0, 8))
                .put("event_time", System.currentTimeMillis() / 1000);
        p.putObject("event").put("type", "app_home_opened").put("user", user).put("channel", "D0HOME")
                .put("tab", "home").put("event_ts", String.valueOf(System.currentTimeMillis() / 1000.0));
        return slack.send("events_api", p);
    }

    /** The posted card (chat.postMessage) whose buttons carry this registrant. */
    static JsonNode findButton(JsonNode blocks, String actionId) {
        for (JsonNode b : blocks) {
            for (JsonNode e : b.path("elements")) {
                if (actionId.equals(e.path("action_id").asText())) {
                    ObjectNode copy = e.deepCopy();
                    copy.put("_block_id", b.path("block_id").asText("b"));
                    return copy;
                }
            }
        }
        return null;
    }

    @Override
    public void close() {
        if (app != null) {
            app.close();
        }
        slack.close();
        zoom.close();
    }
}
