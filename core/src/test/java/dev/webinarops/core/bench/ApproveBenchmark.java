package dev.webinarops.core.bench;

import dev.webinarops.core.Zoom;
import dev.webinarops.core.api.RateLimitLabel;
import dev.webinarops.core.config.ZoomPlan;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmarks (not tests): approving N pending registrants under Zoom's Pro Medium limit with 20 ms
 * per call, and token mints for 200 cold concurrent callers. Prints figures; asserts nothing.
 * Usage: ApproveBenchmark [N]
 */
public final class ApproveBenchmark {
    private ApproveBenchmark() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        approve(n);
        coldTokens();
    }

    private static void approve(int n) {
        Map<RateLimitLabel, Integer> pro = Map.of(RateLimitLabel.LIGHT, 30, RateLimitLabel.MEDIUM, 20, RateLimitLabel.HEAVY, 10);
        try (ZoomTestEnvironment env = ZoomTestEnvironment.builder().plan(ZoomPlan.PRO).simulatorLimits(pro)
                .latency(Duration.ofMillis(20)).build()) {
            String host = env.simulator().state().addUser("host@example.com", "Host", "One");
            long id = env.simulator().state().addWebinar(host, "Benchmark", Instant.now().plus(Duration.ofDays(3)), 60, 1);
            env.simulator().state().addPendingRegistrants(id, n);
            Zoom zoom = env.zoom();
            zoom.tokens().accessToken(); // the mint is not part of the figure
            resetPeaks();
            env.simulator().resetCounters();
            long start = System.nanoTime();
            var result = zoom.registrants().decideAllPending(id, RegistrantAction.APPROVE, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            int lists = env.simulator().counters().requests("webinarRegistrants");
            int statuses = env.simulator().counters().requests("webinarRegistrantStatus");
            int floorCalls = (int) Math.ceil(n / 300.0) + (int) Math.ceil(n / 30.0);
            double floor = floorCalls / 20.0;
            System.out.printf("approve-all N=%d: approved=%d pending-left=%d%n", n, result.count(),
                    env.simulator().state().countRegistrants(id, "pending"));
            System.out.printf("  wall time        %.2f s%n", seconds);
            System.out.printf("  Zoom calls       %d (list %d + status %d)%n", lists + statuses, lists, statuses);
            System.out.printf("  429s received    %d%n", env.simulator().counters().rateLimited());
            System.out.printf("  peak heap        %.1f MiB (client and simulator share this JVM)%n", peakHeapMiB());
            System.out.printf("  floor            %.2f s = (%d list + %d status calls) / 20 per s%n", floor,
                    (int) Math.ceil(n / 300.0), (int) Math.ceil(n / 30.0));
            System.out.printf("  ratio to floor   %.3f%n", seconds / floor);
        }
    }

    private static void coldTokens() throws Exception {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            Zoom zoom = env.zoom();
            ExecutorService pool = Executors.newFixedThreadPool(200);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                calls.add(pool.submit(() -> {
                    go.await();
                    return zoom.tokens().accessToken();
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            Set<String> distinct = new HashSet<>();
            for (Future<String> f : calls) distinct.add(f.get());
            double ms = (System.nanoTime() - start) / 1e6;
            pool.shutdown();
            System.out.printf("cold tokens: 200 concurrent callers -> %d mint(s), %d distinct token(s), %.1f ms%n",
                    env.simulator().counters().tokenMints(), distinct.size(), ms);
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        return peak / (1024.0 * 1024.0);
    }
}
