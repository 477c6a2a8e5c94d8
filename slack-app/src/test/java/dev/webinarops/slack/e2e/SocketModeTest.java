package dev.webinarops.slack.e2e;

import static dev.webinarops.slack.e2e.Harness.NOBODY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.slack.fake.FakeSlack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connection itself: acks under refresh and after a dropped connection. */
class SocketModeTest {
    private static Harness h;

    @BeforeAll
    static void start() {
        h = Harness.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    @Test
    void aRefreshInTheMiddleOfAStreamLosesNoAck() throws Exception {
        int opened = h.slack.connectionsOpened();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            if (i == 100) {
                h.slack.requestRefresh(Duration.ofMillis(300));
            }
            // commands that the app answers entirely in the ack, and app_home_opened events that go to Zoom
            sent.add(i % 2 == 0 ? h.slack.send("slash_commands", h.commandPayload(NOBODY, "help", "stream" + i))
                    : h.homeOpened(NOBODY));
            Thread.sleep(5);
        }
        for (String id : sent) {
            FakeSlack.Ack ack = h.slack.awaitAck(id, Duration.ofSeconds(10));
            assertTrue(ack.envelopeId().equals(id));
        }
        assertEquals(opened + 1, h.slack.connectionsOpened(), "the client reconnected once");
        assertTrue(h.slack.duplicateAcks().isEmpty(), "no envelope acked twice: " + h.slack.duplicateAcks());
        assertTrue(sent.stream().filter(id -> h.slack.ack(id).connection() == opened + 1).count() > 0,
                "acks arrive on the new connection after the refresh");
    }

    @Test
    void envelopesWithoutAHandlerOrWhoseHandlerFailsAreStillAcked() {
        var p = Harness.JSON.createObjectNode();
        p.put("type", "block_actions").put("api_app_id", "A0FAKE").put("token", "v").put("trigger_id", "t");
        p.putObject("team").put("id", FakeSlack.TEAM);
        p.putObject("user").put("id", NOBODY).put("team_id", FakeSlack.TEAM);
        p.putArray("actions").addObject().put("action_id", "no-such-action").put("block_id", "b").put("type", "button")
                .put("value", "x").put("action_ts", "1.0");
        h.slack.awaitAck(h.slack.send("interactive", p), Duration.ofSeconds(3));
        var broken = p.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) broken.path("actions").get(0))
                .put("action_id", dev.webinarops.slack.Ids.MORE_ACTION);
        broken.remove("user"); // the handler cannot work without a user: it fails, the envelope is still acked
        h.slack.awaitAck(h.slack.send("interactive", broken), Duration.ofSeconds(3));
        var closed = Harness.JSON.createObjectNode();
        closed.put("type", "view_closed").put("api_app_id", "A0FAKE").put("token", "v");
        closed.putObject("team").put("id", FakeSlack.TEAM);
        closed.putObject("user").put("id", NOBODY).put("team_id", FakeSlack.TEAM);
        closed.putObject("view").put("id", "V1").put("callback_id", dev.webinarops.slack.Ids.CREATE_VIEW);
        h.slack.awaitAck(h.slack.send("interactive", closed), Duration.ofSeconds(3));
    }

    @Test
    void authTestIsCachedNotCalledPerEnvelope() {
        for (int i = 0; i < 30; i++) {
            h.slack.awaitAck(h.slack.send("slash_commands", h.commandPayload(NOBODY, "help", "auth" + i)), Duration.ofSeconds(3));
        }
        // once at start-up, never in front of an envelope's ack
        assertTrue(h.slack.calls("auth.test").size() <= 1, "auth.test calls: " + h.slack.calls("auth.test").size());
    }

    @Test
    void aDroppedConnectionIsReopenedAndWorkContinues() {
        int opened = h.slack.connectionsOpened();
        h.slack.dropConnections();
        h.slack.awaitConnections(opened + 1, Duration.ofSeconds(30));
        String id = h.slack.send("slash_commands", h.commandPayload(NOBODY, "help", "after-drop"));
        assertTrue(h.slack.awaitAck(id, Duration.ofSeconds(5)).payload().toString().contains("Usage"));
    }
}
