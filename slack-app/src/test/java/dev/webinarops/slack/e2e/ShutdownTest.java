package dev.webinarops.slack.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Closing the app stops every thread it started, the Socket Mode client's included, even after a refresh. */
class ShutdownTest {

    private static List<String> appThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("slack-envelope-") || n.startsWith("zoom-work-") || n.startsWith("slack-prompt-")
                        || n.startsWith("watch-poller") || n.startsWith("socket-mode"))
                .toList();
    }

    private static String stacks() {
        StringBuilder sb = new StringBuilder();
        Thread.getAllStackTraces().forEach((t, st) -> {
            if (t.getName().startsWith("socket-mode")) {
                sb.append(t.getName()).append(" daemon=").append(t.isDaemon()).append(' ')
                        .append(java.util.Arrays.toString(st).replace(", ", "\n  ")).append('\n');
            }
        });
        return sb.toString();
    }

    @Test
    void closeLeavesNoThreadBehindAfterAConnectionRefresh() throws InterruptedException {
        try (Harness h = Harness.start()) {
            int opened = h.slack.connectionsOpened();
            h.slack.requestRefresh(Duration.ofMillis(100));
            h.slack.awaitConnections(opened + 1, Harness.WAIT);
            Thread.sleep(500); // the old session is closed by the client's session cleaner
            h.app.close();
            long deadline = System.nanoTime() + 3_000_000_000L;
            List<String> left = appThreads();
            while (!left.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                left = appThreads();
            }
            assertTrue(left.isEmpty(), "threads still running after close: " + left + "\n" + stacks());
        }
    }
}
