package dev.webinarops.slack.e2e;

import static dev.webinarops.slack.e2e.Harness.ADMIN;
import static dev.webinarops.slack.e2e.Harness.ADMIN2;
import static dev.webinarops.slack.e2e.Harness.CHANNEL;
import static dev.webinarops.slack.e2e.Harness.GROUP_ADMIN;
import static dev.webinarops.slack.e2e.Harness.NOBODY;
import static dev.webinarops.slack.e2e.Harness.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.webinarops.core.sim.Fault;
import dev.webinarops.slack.Ids;
import dev.webinarops.slack.fake.FakeSlack;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** pending → cards → clicks → Zoom status calls → cards updated in place. */
class ApprovalFlowTest {
    private static Harness h;

    @BeforeAll
    static void start() {
        h = Harness.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    /** Posts the cards of a webinar and returns them (chat.postMessage calls), header first. */
    private static List<FakeSlack.Call> postCards(long webinarId, int expectedCards) {
        int before = h.slack.calls("chat.postMessage").size();
        String r = h.command(ADMIN, "pending " + webinarId);
        h.slack.awaitResponse(r, b -> b.toString().contains("Posted approval cards"), WAIT);
        List<FakeSlack.Call> posted = h.slack.calls("chat.postMessage");
        assertEquals(before + 1 + expectedCards, posted.size(), "a header and one card per pending registrant");
        return posted.subList(before, posted.size());
    }

    @Test
    void approveClickCallsZoomOnceAndUpdatesTheCard() {
        long id = h.webinarWithPending("Approve one", 2);
        List<FakeSlack.Call> posted = postCards(id, 2);
        JsonNode header = posted.get(0).json("blocks");
        assertTrue(header.toString().contains("Approve all 2 pending"));
        FakeSlack.Call card = posted.get(1);
        JsonNode blocks = card.json("blocks");
        assertTrue(blocks.toString().contains("user1@example.com"), blocks.toString());
        JsonNode approve = Harness.findButton(blocks, Ids.APPROVE_ACTION);
        assertEquals("primary", approve.path("style").asText());
        String registrantId = approve.path("value").asText().split(":")[1];
        int statusBefore = h.statusCalls();

        String ts = h.slack.postedTs(card);
        h.click(ADMIN, CHANNEL, ts, blocks, Ids.APPROVE_ACTION);
        assertNull(h.lastAck.payload(), "a click is acked with an empty ack");

        FakeSlack.Call update = h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts")), WAIT);
        String updated = update.json("blocks").toString();
        assertTrue(updated.contains("Approved by <@" + ADMIN + ">"), updated);
        assertFalse(updated.contains(Ids.APPROVE_ACTION), "a decided card has no buttons");
        assertEquals("approved", h.zoom.simulator().state().registrantStatus(id, registrantId));
        assertEquals(statusBefore + 1, h.statusCalls());
    }

    @Test
    void denyHasAConfirmDialogAndDenies() {
        long id = h.webinarWithPending("Deny one", 1);
        FakeSlack.Call card = postCards(id, 1).get(1);
        JsonNode blocks = card.json("blocks");
        JsonNode deny = Harness.findButton(blocks, Ids.DENY_ACTION);
        assertEquals("danger", deny.path("style").asText());
        assertEquals("Deny", deny.path("confirm").path("confirm").path("text").asText());
        assertEquals("danger", deny.path("confirm").path("style").asText());
        String registrantId = deny.path("value").asText().split(":")[1];
        String ts = h.slack.postedTs(card);

        h.click(ADMIN, CHANNEL, ts, blocks, Ids.DENY_ACTION);

        FakeSlack.Call update = h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts")), WAIT);
        assertTrue(update.json("blocks").toString().contains("Denied by <@" + ADMIN + ">"));
        assertEquals("denied", h.zoom.simulator().state().registrantStatus(id, registrantId));
    }

    @Test
    void approveAllBatchesByThirty() {
        long id = h.webinarWithPending("Approve all", 35);
        int statusBefore = h.statusCalls();
        List<FakeSlack.Call> posted = postCards(id, 30);
        FakeSlack.Call header = posted.get(0);
        JsonNode blocks = header.json("blocks");
        JsonNode all = Harness.findButton(blocks, Ids.APPROVE_ALL_ACTION);
        assertTrue(all.path("text").path("text").asText().contains("Approve all 35 pending"));
        assertNotNull(all.get("confirm"), "approve all asks for confirmation");
        String ts = h.slack.postedTs(header);

        h.click(ADMIN, CHANNEL, ts, blocks, Ids.APPROVE_ALL_ACTION);

        FakeSlack.Call update = h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts")), Duration.ofSeconds(20));
        assertTrue(update.json("blocks").toString().contains("35 approved by <@" + ADMIN + ">"), update.json("blocks").toString());
        assertEquals(0, h.zoom.simulator().state().countRegistrants(id, "pending"));
        assertEquals(35, h.zoom.simulator().state().countRegistrants(id, "approved"));
        assertEquals(statusBefore + 2, h.statusCalls(), "30 + 5");
        // every individual card was updated too
        for (FakeSlack.Call card : posted.subList(1, posted.size())) {
            String cardTs = h.slack.postedTs(card);
            h.slack.awaitCall("chat.update", c -> cardTs.equals(c.args().get("ts")), WAIT);
        }
    }

    @Test
    void approveAllThatFailsHalfWayKeepsTheRestActionable() {
        long id = h.webinarWithPending("Approve all, Zoom fails", 35);
        FakeSlack.Call header = postCards(id, 30).get(0);
        String ts = h.slack.postedTs(header);
        // the first batch goes through (after a short delay), the second fails on every retry
        h.zoom.simulator().faults().enqueue("webinarRegistrantStatus", new Fault.Delay(Duration.ofMillis(1)));
        for (int i = 0; i < 6; i++) {
            h.zoom.simulator().faults().enqueue("webinarRegistrantStatus", new Fault.Status(503, 0, "Service unavailable"));
        }
        h.click(ADMIN, CHANNEL, ts, header.json("blocks"), Ids.APPROVE_ALL_ACTION);
        FakeSlack.Call partial = h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts")), Duration.ofSeconds(20));
        String text = partial.json("blocks").toString();
        assertTrue(text.contains("30 approved") && text.contains("The rest are still pending"), text);
        assertTrue(text.contains("Approve all 5 pending"), "the rest can still be approved: " + text);
        assertEquals(5, h.zoom.simulator().state().countRegistrants(id, "pending"));
        h.zoom.simulator().faults().clear();

        h.click(ADMIN, CHANNEL, ts, partial.json("blocks"), Ids.APPROVE_ALL_ACTION);
        h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts"))
                && c.json("blocks").toString().contains("5 approved by"), WAIT);
        assertEquals(0, h.zoom.simulator().state().countRegistrants(id, "pending"));
    }

    @Test
    void nonAdminIsRefusedAndNothingHappens() {
        long id = h.webinarWithPending("Refused", 1);
        FakeSlack.Call card = postCards(id, 1).get(1);
        JsonNode blocks = card.json("blocks");
        String registrantId = Harness.findButton(blocks, Ids.APPROVE_ACTION).path("value").asText().split(":")[1];
        int statusBefore = h.statusCalls();

        h.click(NOBODY, CHANNEL, h.slack.postedTs(card), blocks, Ids.APPROVE_ACTION);

        FakeSlack.Call refusal = h.slack.awaitCall("chat.postEphemeral", c -> NOBODY.equals(c.args().get("user")), WAIT);
        assertTrue(refusal.args().get("text").contains("only webinar admins"));
        String r = h.command(NOBODY, "delete " + id);
        h.slack.awaitResponse(r, b -> b.toString().contains("only webinar admins"), WAIT);
        assertEquals("pending", h.zoom.simulator().state().registrantStatus(id, registrantId));
        assertEquals(statusBefore, h.statusCalls());
        assertTrue(h.zoom.simulator().state().webinarExists(id));
        assertTrue(h.auditContains(NOBODY, "refused"));
    }

    @Test
    void aMemberOfTheAdminGroupMayApprove() {
        long id = h.webinarWithPending("Group admin", 1);
        FakeSlack.Call card = postCards(id, 1).get(1);
        JsonNode blocks = card.json("blocks");
        String ts = h.slack.postedTs(card);
        h.click(GROUP_ADMIN, CHANNEL, ts, blocks, Ids.APPROVE_ACTION);
        FakeSlack.Call update = h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts")), WAIT);
        assertTrue(update.json("blocks").toString().contains("Approved by <@" + GROUP_ADMIN + ">"));
        assertFalse(h.slack.calls("usergroups.users.list").isEmpty());
    }

    @Test
    void doubleClickAndTwoAdminsAtOnceApproveOnce() throws Exception {
        long id = h.webinarWithPending("Race", 1);
        FakeSlack.Call card = postCards(id, 1).get(1);
        JsonNode blocks = card.json("blocks");
        String ts = h.slack.postedTs(card);
        int statusBefore = h.statusCalls();
        h.zoom.simulator().faults().enqueue("webinarRegistrantStatus", new Fault.Delay(Duration.ofMillis(300)));
        long toldBefore = h.slack.calls("chat.postEphemeral").stream().filter(c -> c.args().get("text").contains("Nothing changed")).count();

        CountDownLatch go = new CountDownLatch(1);
        List<Thread> clicks = List.of(ADMIN, ADMIN, ADMIN2).stream().map(u -> new Thread(() -> {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            h.click(u, CHANNEL, ts, blocks, Ids.APPROVE_ACTION);
        })).toList();
        clicks.forEach(Thread::start);
        go.countDown();
        for (Thread t : clicks) {
            t.join();
        }
        h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts")) && c.json("blocks").toString().contains("Approved by"), WAIT);
        // the two losing clicks are told, and change nothing
        Thread.sleep(500);
        assertEquals(statusBefore + 1, h.statusCalls(), "Zoom was called exactly once");
        long told = h.slack.calls("chat.postEphemeral").stream().filter(c -> c.args().get("text").contains("Nothing changed")).count() - toldBefore;
        assertTrue(told >= 2, "both later clicks were told who decided; got " + told);

        // a click on the decided card, later, repaints it and says who decided
        long repaints = h.slack.calls("chat.update").stream().filter(c -> ts.equals(c.args().get("ts"))).count();
        int ephemerals = h.slack.calls("chat.postEphemeral").size();
        h.click(ADMIN2, CHANNEL, ts, blocks, Ids.APPROVE_ACTION);
        FakeSlack.Call told2 = h.slack.awaitCall("chat.postEphemeral", c -> ADMIN2.equals(c.args().get("user"))
                && h.slack.calls("chat.postEphemeral").indexOf(c) >= ephemerals, WAIT);
        // whoever won the race is named
        assertTrue(told2.args().get("text").matches("Nothing changed: this registrant was already approved by <@U0ADMIN[12]> on .*"),
                told2.args().get("text"));
        h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts"))
                && h.slack.calls("chat.update").stream().filter(x -> ts.equals(x.args().get("ts"))).count() > repaints, WAIT);
        assertEquals(statusBefore + 1, h.statusCalls());
    }

    @Test
    void zoomFailureShowsOnTheCardWhichStaysActionable() {
        long id = h.webinarWithPending("Zoom down", 1);
        FakeSlack.Call card = postCards(id, 1).get(1);
        JsonNode blocks = card.json("blocks");
        String ts = h.slack.postedTs(card);
        String registrantId = Harness.findButton(blocks, Ids.APPROVE_ACTION).path("value").asText().split(":")[1];
        for (int i = 0; i < 6; i++) {
            h.zoom.simulator().faults().enqueue("webinarRegistrantStatus", new Fault.Status(503, 0, "Service unavailable"));
        }

        h.click(ADMIN, CHANNEL, ts, blocks, Ids.APPROVE_ACTION);

        FakeSlack.Call failed = h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts")), WAIT);
        String failedBlocks = failed.json("blocks").toString();
        assertTrue(failedBlocks.contains("Zoom did not take the decision"), failedBlocks);
        assertTrue(failedBlocks.contains(Ids.APPROVE_ACTION), "the card keeps its buttons");
        assertEquals("pending", h.zoom.simulator().state().registrantStatus(id, registrantId));
        h.zoom.simulator().faults().clear();

        // Zoom answers 429 with Retry-After once: the core waits and retries, the click succeeds
        h.zoom.simulator().faults().enqueue("webinarRegistrantStatus", new Fault.RetryAfter429(1, false));
        JsonNode retryBlocks = failed.json("blocks");
        h.click(ADMIN, CHANNEL, ts, retryBlocks, Ids.APPROVE_ACTION);
        FakeSlack.Call ok = h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts"))
                && c.json("blocks").toString().contains("Approved by"), WAIT);
        assertFalse(ok.json("blocks").toString().contains("Zoom did not take"), "the error is gone once decided");
        assertEquals("approved", h.zoom.simulator().state().registrantStatus(id, registrantId));
    }

    @Test
    void approveByEmailFromTheCommand() {
        long id = h.webinarWithPending("By email", 2);
        String r = h.command(ADMIN, "approve " + id + " user2@example.com");
        h.slack.awaitResponse(r, b -> b.toString().contains("Approved"), WAIT);
        assertEquals(1, h.zoom.simulator().state().countRegistrants(id, "approved"));
        String again = h.command(ADMIN2, "deny " + id + " user2@example.com");
        h.slack.awaitResponse(again, b -> b.toString().contains("Nothing changed"), WAIT);
        assertEquals(1, h.zoom.simulator().state().countRegistrants(id, "approved"));
    }

    /** A late "Approve all" on a header already done must not rewrite who approved, and says nothing changed. */
    @Test
    void approveAllClickedAgainKeepsWhoDecided() throws Exception {
        long id = h.webinarWithPending("Approve all twice", 3);
        FakeSlack.Call header = postCards(id, 3).get(0);
        String ts = h.slack.postedTs(header);
        h.click(ADMIN, CHANNEL, ts, header.json("blocks"), Ids.APPROVE_ALL_ACTION);
        h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts"))
                && c.json("blocks").toString().contains("3 approved by <@" + ADMIN + ">"), WAIT);
        int ephemerals = h.slack.calls("chat.postEphemeral").size();
        int statusBefore = h.statusCalls();

        h.click(ADMIN2, CHANNEL, ts, header.json("blocks"), Ids.APPROVE_ALL_ACTION);

        FakeSlack.Call told = h.slack.awaitCall("chat.postEphemeral", c -> ADMIN2.equals(c.args().get("user"))
                && h.slack.calls("chat.postEphemeral").indexOf(c) >= ephemerals, WAIT);
        assertTrue(told.args().get("text").contains("Nothing changed"), told.args().get("text"));
        Thread.sleep(300);
        List<FakeSlack.Call> headerUpdates = h.slack.calls("chat.update").stream()
                .filter(c -> ts.equals(c.args().get("ts"))).toList();
        String last = headerUpdates.get(headerUpdates.size() - 1).json("blocks").toString();
        assertTrue(last.contains("3 approved by <@" + ADMIN + ">"), last);
        assertEquals(statusBefore, h.statusCalls());
        assertTrue(h.auditContains(ADMIN2, "no change"));
    }

    /** Zoom's error message is echoed to the clicker escaped. */
    @Test
    void approveAllFailureIsEscapedInTheNote() {
        long id = h.webinarWithPending("Approve all, bad answer", 1);
        FakeSlack.Call header = postCards(id, 1).get(0);
        String ts = h.slack.postedTs(header);
        int ephemerals = h.slack.calls("chat.postEphemeral").size();
        h.zoom.simulator().faults().enqueue("webinarRegistrants", new Fault.Status(400, 300, "<!channel> is not allowed"));
        h.click(ADMIN, CHANNEL, ts, header.json("blocks"), Ids.APPROVE_ALL_ACTION);
        FakeSlack.Call note = h.slack.awaitCall("chat.postEphemeral", c -> ADMIN.equals(c.args().get("user"))
                && h.slack.calls("chat.postEphemeral").indexOf(c) >= ephemerals, WAIT);
        h.zoom.simulator().faults().clear();
        String text = note.args().get("text");
        assertTrue(text.contains("&lt;!channel&gt;"), text);
        assertFalse(text.contains("<!channel>"), text);
    }

    /**
     * A decision claimed by a process that died before Zoom answered (kill -9, power loss) must not block
     * the registrant for ever: after a while the card is actionable again.
     */
    @Test
    void aClaimLeftByACrashedProcessDoesNotBlockTheCardForEver() {
        long id = h.webinarWithPending("Crashed mid-decision", 1);
        FakeSlack.Call card = postCards(id, 1).get(1);
        JsonNode blocks = card.json("blocks");
        String ts = h.slack.postedTs(card);
        String registrantId = Harness.findButton(blocks, Ids.APPROVE_ACTION).path("value").asText().split(":")[1];
        h.injector.getInstance(dev.webinarops.slack.store.AppStore.class).claimDecision(
                new dev.webinarops.slack.store.AppStore.Decision(id, registrantId, "approve", ADMIN2,
                        java.time.Instant.now().minus(Duration.ofMinutes(30)), false));

        h.click(ADMIN, CHANNEL, ts, blocks, Ids.APPROVE_ACTION);

        FakeSlack.Call update = h.slack.awaitCall("chat.update", c -> ts.equals(c.args().get("ts")), WAIT);
        assertTrue(update.json("blocks").toString().contains("Approved by <@" + ADMIN + ">"), update.json("blocks").toString());
        assertEquals("approved", h.zoom.simulator().state().registrantStatus(id, registrantId));
    }

    /** Slack limits chat.postMessage to about one a second per channel: a 429 is waited out, no card is lost. */
    @Test
    void cardsRateLimitedBySlackArePostedAfterRetryAfter() {
        long id = h.webinarWithPending("Rate limited", 2);
        h.slack.rateLimitNext("chat.postMessage", 2);
        List<FakeSlack.Call> posted = postCards(id, 2);
        assertTrue(posted.get(2).json("blocks").toString().contains("user2@example.com"));
    }
}
