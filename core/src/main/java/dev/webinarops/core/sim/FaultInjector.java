package dev.webinarops.core.sim;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Queues of faults consumed by the next matching API requests, FIFO per key. A key is a Zoom
 * operationId or {@code "*"} for any operation; a fault queued for the exact operation is used
 * before one queued for {@code "*"}. Faults are consumed before authentication, so they apply to
 * the next routed API request whatever its token.
 */
public final class FaultInjector {
    public static final String ANY = "*";

    private final Map<String, Deque<Fault>> queues = new HashMap<>();

    public synchronized void enqueue(String operationIdOrStar, Fault fault) {
        Objects.requireNonNull(operationIdOrStar, "operationIdOrStar");
        Objects.requireNonNull(fault, "fault");
        queues.computeIfAbsent(operationIdOrStar, k -> new ArrayDeque<>()).addLast(fault);
    }

    public synchronized void clear() {
        queues.clear();
    }

    /** Number of faults still queued (all keys). */
    public synchronized int pending() {
        return queues.values().stream().mapToInt(Deque::size).sum();
    }

    synchronized Fault poll(String operationId) {
        Deque<Fault> own = queues.get(operationId);
        if (own != null && !own.isEmpty()) {
            return own.pollFirst();
        }
        Deque<Fault> any = queues.get(ANY);
        return any == null ? null : any.pollFirst();
    }
}
