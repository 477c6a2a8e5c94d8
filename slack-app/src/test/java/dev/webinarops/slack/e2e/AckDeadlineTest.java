package dev.webinarops.slack.e2e;

import static dev.webinarops.slack.e2e.Harness.ADMIN;
import static dev.webinarops.slack.e2e.Harness.GROUP_ADMIN;
import static dev.webinarops.slack.e2e.Harness.JSON;
import static dev.webinarops.slack.e2e.Harness.WAIT;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webinarops.core.sim.Fault;
import dev.webinarops.slack.Ids;
import dev.webinarops.slack.fake.FakeSlack;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slack's 3 seconds hold when Zoom or Slack's own Web API is slow (each test starts with cold caches). */
class AckDeadlineTest {
    private static final long THREE_SECONDS = 3_000_000_000L;
    private Harness h;

    @BeforeEach
    void start() {
        h = Harness.start();
    }

    @AfterEach
    void stop() {
        h.slack.setApiLatency(Duration.ZERO);
        h.close();
    }

    @Test
    void hostOptionsAreAnsweredInTimeWhenZoomIsSlow() {
        h.zoom.simulator().faults().enqueue("users", new Fault.Delay(Duration.ofSeconds(5)));
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "block_suggestion").put("action_id", Ids.HOST_SELECT_ACTION).put("block_id", Ids.HOST_BLOCK)
                .put("value", "").put("api_app_id", "A0FAKE").put("token", "verification");
        p.putObject("team").put("id", FakeSlack.TEAM).put("domain", "fake");
        p.putObject("user").put("id", ADMIN).put("name", "admin").put("team_id", FakeSlack.TEAM);
        p.putObject("view").put("id", "V1").put("type", "modal").put("callback_id", Ids.CREATE_VIEW);
        String envelope = h.slack.send("interactive", p);
        h.slack.awaitAck(envelope, WAIT);
        long latency = h.slack.ackLatencyNanos(envelope);
        assertTrue(latency < THREE_SECONDS, "block_suggestion acked after " + latency / 1_000_000 + " ms");
    }

    @Test
    void createAndEditAreAckedBeforeAnySlowSlackCall() {
        h.slack.setApiLatency(Duration.ofMillis(3500));
        long webinar = h.webinarWithPending("Slow Slack", 0);
        for (String[] c : new String[][] {{ADMIN, "create"}, {GROUP_ADMIN, "create recurring"}, {ADMIN, "edit " + webinar}}) {
            String envelope = h.slack.send("slash_commands", h.commandPayload(c[0], c[1], "slow-" + UUID.randomUUID()));
            h.slack.awaitAck(envelope, WAIT);
            long latency = h.slack.ackLatencyNanos(envelope);
            assertTrue(latency < THREE_SECONDS, "/webinar " + c[1] + " by " + c[0] + " acked after "
                    + latency / 1_000_000 + " ms");
        }
        // and the forms still open
        h.slack.awaitCall("views.open", x -> x.json("view").toString().contains("New recurring"), Duration.ofSeconds(20));
        h.slack.awaitCall("views.update", x -> x.json("view").toString().contains("Slow Slack"), Duration.ofSeconds(20));
    }
}
