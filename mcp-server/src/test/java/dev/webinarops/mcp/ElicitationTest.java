package dev.webinarops.mcp;

import static dev.webinarops.mcp.StdioEndToEndTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.core.sim.SimulatorState;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With a client that supports elicitation, destructive tools ask the person, whatever `confirm` says. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElicitationTest {
    private ZoomTestEnvironment zoomEnv;
    private McpSyncClient client;
    private final AtomicReference<McpSchema.ElicitResult.Action> answer = new AtomicReference<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final java.util.concurrent.atomic.AtomicLong thinkFor = new java.util.concurrent.atomic.AtomicLong();

    @BeforeAll
    void start() {
        zoomEnv = ZoomTestEnvironment.builder().sandbox().build();
        client = McpServerProcess.connect(McpServerProcess.environment(zoomEnv, "elicitation"), List.of(),
                spec -> spec.capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                        .elicitation(request -> {
                            asked.add(request.message());
                            if (thinkFor.get() > 0) {
                                try {
                                    Thread.sleep(thinkFor.get());
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            }
                            McpSchema.ElicitResult.Action action = answer.get();
                            if (action == null) {
                                throw new IllegalStateException("the confirmation dialog could not be shown");
                            }
                            return new McpSchema.ElicitResult(action, action == McpSchema.ElicitResult.Action.ACCEPT
                                    ? Map.of("confirm", true) : null);
                        }));
    }

    @AfterAll
    void stop() {
        if (client != null) client.closeGracefully();
        if (zoomEnv != null) zoomEnv.close();
    }

    private long newWebinar(String topic) {
        SimulatorState s = zoomEnv.simulator().state();
        return s.addWebinar(s.userIds().get(0), topic, Instant.now().plus(3, ChronoUnit.DAYS), 30, 0);
    }

    @Test
    void declinedConfirmationChangesNothingEvenWithConfirmTrue() {
        long id = newWebinar("Keep me");
        answer.set(McpSchema.ElicitResult.Action.DECLINE);
        asked.clear();
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("delete_webinar",
                Map.of("webinar_id", id, "confirm", true)));
        assertFalse(r.isError());
        assertTrue(text(r).contains("did not confirm"), text(r));
        assertEquals(1, asked.size());
        assertTrue(asked.get(0).contains("delete webinar " + id), asked.get(0));
        assertTrue(zoomEnv.simulator().state().webinarExists(id));
    }

    @Test
    void acceptedConfirmationGoesAhead() {
        long id = newWebinar("Delete me");
        answer.set(McpSchema.ElicitResult.Action.ACCEPT);
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("delete_webinar",
                Map.of("webinar_id", id)));
        assertFalse(r.isError(), text(r));
        assertFalse(zoomEnv.simulator().state().webinarExists(id));
    }

    @Test
    void aConfirmationThatCannotBeAskedChangesNothingAndSaysWhy() {
        long id = newWebinar("Unasked");
        answer.set(null);
        int before = zoomEnv.simulator().counters().totalRequests();
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("delete_webinar",
                Map.of("webinar_id", id, "confirm", true)));
        assertTrue(r.isError(), text(r));
        assertTrue(text(r).contains("could not ask the user") && text(r).contains("Nothing was changed"), text(r));
        assertFalse(text(r).contains("unexpectedly"), text(r));
        assertTrue(zoomEnv.simulator().state().webinarExists(id));
        assertEquals(before, zoomEnv.simulator().counters().totalRequests(), "nothing reached Zoom");
    }

    @Test
    void aPersonMayTakeLongerThanTheSdksDefaultTenSecondsToAnswer() {
        long id = newWebinar("Slow answer");
        answer.set(McpSchema.ElicitResult.Action.ACCEPT);
        thinkFor.set(11_000);
        try {
            McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("delete_webinar",
                    Map.of("webinar_id", id)));
            assertFalse(r.isError(), text(r));
            assertFalse(zoomEnv.simulator().state().webinarExists(id), "the late yes still counts");
        } finally {
            thinkFor.set(0);
        }
    }

    @Test
    void cancelledConfirmationChangesNothing() {
        long id = newWebinar("Cancel me");
        answer.set(McpSchema.ElicitResult.Action.CANCEL);
        McpSchema.CallToolResult r = client.callTool(new McpSchema.CallToolRequest("remove_all_panelists",
                Map.of("webinar_id", id)));
        assertTrue(text(r).contains("did not confirm"), text(r));
        assertTrue(zoomEnv.simulator().state().webinarExists(id));
    }
}
