package dev.webinarops.core.sim;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the simulator has seen since start (or the last {@link ZoomSimulator#resetCounters()}). */
public final class SimulatorCounters {
    private final AtomicInteger tokenMints = new AtomicInteger();
    private final AtomicInteger totalRequests = new AtomicInteger();
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final Map<String, AtomicInteger> byOperation = new ConcurrentHashMap<>();

    /** Successful POST /oauth/token. */
    public int tokenMints() {
        return tokenMints.get();
    }

    /** API requests routed to this operationId, every attempt (incl. ones answered 429, 5xx or by faults). */
    public int requests(String operationId) {
        AtomicInteger n = byOperation.get(operationId);
        return n == null ? 0 : n.get();
    }

    /** All API requests under /v2, including ones that matched no operation. */
    public int totalRequests() {
        return totalRequests.get();
    }

    /** 429 responses sent (rate limiter and injected 429 faults). */
    public int rateLimited() {
        return rateLimited.get();
    }

    /** Snapshot, sorted by operationId. */
    public Map<String, Integer> requestsByOperation() {
        Map<String, Integer> out = new TreeMap<>();
        byOperation.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    void tokenMinted() {
        tokenMints.incrementAndGet();
    }

    void request(String operationIdOrNull) {
        totalRequests.incrementAndGet();
        if (operationIdOrNull != null) {
            byOperation.computeIfAbsent(operationIdOrNull, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    void limited() {
        rateLimited.incrementAndGet();
    }

    void reset() {
        tokenMints.set(0);
        totalRequests.set(0);
        rateLimited.set(0);
        byOperation.clear();
    }
}
