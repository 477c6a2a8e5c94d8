package dev.webinarops.slack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.Guice;
import dev.webinarops.core.CoreModule;
import dev.webinarops.core.config.Secret;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import dev.webinarops.slack.Ids;
import dev.webinarops.slack.SlackAppModule;
import dev.webinarops.slack.app.WebinarSlackApp;
import dev.webinarops.slack.config.SlackSettings;
import dev.webinarops.slack.fake.FakeSlack;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Ack latency of the app over Socket Mode while every Zoom call takes 500 ms: a steady 100 envelopes/s
 * for 30 s, then a burst of 1,000. Not a test: it prints figures. Run with {@code slack-app/bench/run.sh}.
 */
public final class AckBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "U0ADMIN1";

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("bench.rate", 100);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int burst = Integer.getInteger("bench.burst", 1000);
        Path store = Files.createTempDirectory("slack-bench");
        try (ZoomTestEnvironment zoom = ZoomTestEnvironment.builder().sandbox().latency(Duration.ofMillis(500)).build();
                FakeSlack slack = new FakeSlack()) {
            SlackSettings settings = new SlackSettings(new Secret(FakeSlack.BOT_TOKEN), new Secret(FakeSlack.APP_TOKEN),
                    URI.create(slack.apiBaseUrl()), Set.of(ADMIN), Optional.empty(), Duration.ofHours(1),
                    store.resolve("db"), 16);
            WebinarSlackApp app = Guice.createInjector(new CoreModule(zoom.config()), new SlackAppModule(settings))
                    .getInstance(WebinarSlackApp.class);
            app.start();
            slack.awaitConnections(1, Duration.ofSeconds(10));
            long webinar = zoom.simulator().state().webinarIds().get(0);

            // warm-up (class loading, JIT, first token)
            run(slack, webinar, 200, 200);
            Thread.sleep(2000);

            List<String> steady = run(slack, webinar, rate, rate * seconds);
            Thread.sleep(3000);
            report("steady " + rate + "/s for " + seconds + " s", slack, steady);

            List<String> spike = run(slack, webinar, 0, burst);
            Thread.sleep(4000);
            report("burst of " + burst, slack, spike);
            System.out.printf("zoom calls made: %d (each 500 ms)%n", zoom.simulator().counters().totalRequests());
            System.out.printf("peak RSS (whole JVM: app + fake Slack + Zoom simulator): %s%n", peakRss());
            app.close();
        }
    }

    /** Sends {@code count} envelopes at {@code rate}/s (0: as fast as possible); every one leads to Zoom work. */
    private static List<String> run(FakeSlack slack, long webinar, int rate, int count) {
        List<String> ids = new ArrayList<>(count);
        long start = System.nanoTime();
        long interval = rate == 0 ? 0 : 1_000_000_000L / rate;
        for (int i = 0; i < count; i++) {
            if (interval > 0) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            ids.add(switch (i % 4) {
                case 0, 1 -> slack.send("slash_commands", command("show " + webinar, slack));
                case 2 -> slack.send("slash_commands", command("registrants " + webinar + " pending", slack));
                default -> slack.send("events_api", home());
            });
        }
        return ids;
    }

    private static ObjectNode command(String text, FakeSlack slack) {
        ObjectNode p = JSON.createObjectNode();
        p.put("token", "v").put("team_id", FakeSlack.TEAM).put("team_domain", "fake").put("channel_id", "C0BENCH")
                .put("channel_name", "bench").put("user_id", ADMIN).put("user_name", "admin").put("command", Ids.COMMAND)
                .put("text", text).put("api_app_id", "A0FAKE").put("response_url", slack.responseUrl("bench"))
                .put("trigger_id", "t-" + UUID.randomUUID());
        return p;
    }

    private static ObjectNode home() {
        ObjectNode p = JSON.createObjectNode();
        p.put("token", "v").put("team_id", FakeSlack.TEAM).put("api_app_id", "A0FAKE").put("type", "event_callback")
                .put("event_id", "Ev" + UUID.randomUUID()).put("event_time", System.currentTimeMillis() / 1000);
        p.putObject("event").put("type", "app_home_opened").put("user", ADMIN).put("channel", "D0BENCH").put("tab", "home")
                .put("event_ts", "1.0");
        return p;
    }

    private static void report(String name, FakeSlack slack, List<String> ids) {
        long[] ms = new long[ids.size()];
        int acked = 0;
        int within3s = 0;
        for (int i = 0; i < ids.size(); i++) {
            long nanos = slack.ackLatencyNanos(ids.get(i));
            ms[i] = nanos < 0 ? Long.MAX_VALUE : nanos / 1000;
            if (nanos >= 0) {
                acked++;
                if (nanos <= 3_000_000_000L) {
                    within3s++;
                }
            }
        }
        Arrays.sort(ms);
        System.out.printf("%s: sent %d, acked %d, acked within 3 s %d (%.1f %%); ack latency p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                name, ids.size(), acked, within3s, 100.0 * within3s / ids.size(), pct(ms, 50), pct(ms, 99),
                ms[ms.length - 1] / 1000.0);
    }

    private static double pct(long[] sortedMicros, int p) {
        int i = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, i)] / 1000.0;
    }

    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (Exception e) {
            return "unavailable (" + e.getMessage() + ")";
        }
        return "unavailable";
    }
}
