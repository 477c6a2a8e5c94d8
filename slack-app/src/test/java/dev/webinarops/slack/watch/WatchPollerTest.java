package dev.webinarops.slack.watch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.store.AppStore;
import dev.webinarops.slack.store.Audit;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** One bad round, whatever it throws, must not end the schedule (a ScheduledExecutorService stops silently). */
class WatchPollerTest {

    @Test
    void theScheduleSurvivesARoundThatThrowsAnError() throws InterruptedException {
        AtomicInteger rounds = new AtomicInteger();
        AppStore store = (AppStore) Proxy.newProxyInstance(AppStore.class.getClassLoader(), new Class<?>[] {AppStore.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "unpostedCards" -> {
                        if (rounds.incrementAndGet() == 1) {
                            throw new StackOverflowError("a bug in one round");
                        }
                        yield List.of();
                    }
                    case "watches" -> List.of();
                    default -> null;
                });
        Clock clock = Clock.systemUTC();
        try (ZoomTestEnvironment zoom = ZoomTestEnvironment.builder().sandbox().build()) {
            ApprovalService approvals = new ApprovalService(zoom.zoom(), store,
                    new SlackReplies(Slack.getInstance(), Slack.getInstance().methods("xoxb-unused")),
                    new Audit(store, clock), clock);
            try (WatchPoller poller = new WatchPoller(store, approvals, Duration.ofMillis(20), clock)) {
                poller.start();
                long deadline = System.nanoTime() + 3_000_000_000L;
                while (rounds.get() < 3 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            }
        }
        assertTrue(rounds.get() >= 3, "the poller stopped after " + rounds.get() + " round(s)");
    }
}
