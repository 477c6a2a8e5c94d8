package dev.webinarops.slack.e2e;

import static dev.webinarops.slack.e2e.Harness.ADMIN;
import static dev.webinarops.slack.e2e.Harness.NOBODY;
import static dev.webinarops.slack.e2e.Harness.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.slack.fake.FakeSlack;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Watching survives a restart: no duplicate cards, and registrants who came while it was down get theirs. */
class WatchRestartTest {
    private static Harness h;

    @BeforeAll
    static void start() {
        h = Harness.start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    private static List<String> cardedEmails() {
        return h.slack.calls("chat.postMessage").stream().map(c -> c.json("blocks").toString())
                .filter(b -> b.contains("approve-registrant-action"))
                .map(b -> b.replaceAll(".*?(user\\d+@example\\.com).*", "$1")).toList();
    }

    /** The connection is closed and none of the app's threads is left running. */
    private static void assertShutDownCleanly() throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        List<String> left = List.of();
        while (System.nanoTime() < deadline) {
            left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .filter(n -> n.startsWith("slack-envelope-") || n.startsWith("zoom-work-")
                            || n.startsWith("watch-poller") || n.startsWith("socket-mode-"))
                    .toList();
            if (left.isEmpty() && h.slack.openConnections() == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("after close: threads " + left + ", open connections " + h.slack.openConnections());
    }

    @Test
    void restartNeitherRepeatsNorMissesCards() throws InterruptedException {
        long id = h.webinarWithPending("Watched", 2);
        String r = h.command(NOBODY, "watch " + id);
        h.slack.awaitResponse(r, b -> b.toString().contains("only webinar admins"), WAIT);
        r = h.command(ADMIN, "watch " + id);
        h.slack.awaitResponse(r, b -> b.toString().contains("now gets a card"), WAIT);
        h.slack.awaitCall("chat.postMessage", c -> c.json("blocks").toString().contains("user2@example.com"), WAIT);
        assertEquals(0, h.app.poller().pollOnce(), "a second poll finds nothing new");
        assertEquals(2, cardedEmails().size());

        h.app.close();
        assertShutDownCleanly();
        h.zoom.simulator().state().addPendingRegistrants(id, 2); // they register while the app is down
        h.pollInterval = java.time.Duration.ofSeconds(1);
        h.startApp();

        // the poller runs once at start-up: the two who came while it was down get their cards
        h.slack.awaitCall("chat.postMessage", c -> c.json("blocks").toString().contains("user3@example.com"), WAIT);
        h.slack.awaitCall("chat.postMessage", c -> c.json("blocks").toString().contains("user4@example.com"), WAIT);
        assertEquals(0, h.app.poller().pollOnce(), "and nobody gets a second card");
        List<String> emails = cardedEmails();
        assertEquals(4, emails.size(), emails.toString());
        Set<String> distinct = new HashSet<>(emails);
        assertEquals(4, distinct.size(), "no registrant got two cards: " + emails);
        assertTrue(distinct.containsAll(List.of("user1@example.com", "user2@example.com", "user3@example.com",
                "user4@example.com")));

        // the poller keeps running at its interval: a new registrant gets a card without anyone asking
        h.zoom.simulator().state().addPendingRegistrants(id, 1);
        h.slack.awaitCall("chat.postMessage", c -> c.json("blocks").toString().contains("user5@example.com"), WAIT);
        assertEquals(5, new HashSet<>(cardedEmails()).size());
        assertEquals(5, cardedEmails().size());
        FakeSlack.Call anyCard = h.slack.calls("chat.postMessage").get(0);
        assertEquals(Harness.CHANNEL, anyCard.args().get("channel"));
    }
}
