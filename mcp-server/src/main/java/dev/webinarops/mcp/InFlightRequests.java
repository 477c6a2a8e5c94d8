package dev.webinarops.mcp;

import com.google.inject.Singleton;
import java.time.Duration;

/**
 * Counts tool calls and resource reads in progress. The SDK's stdio transport drops answers still in flight
 * when stdin reaches EOF, so {@link Main} holds the EOF back until these are answered.
 */
@Singleton
public final class InFlightRequests {
    private int running;

    public synchronized void enter() {
        running++;
    }

    public synchronized void exit() {
        running--;
        notifyAll();
    }

    /** Waits until nothing is running, or the timeout passes. */
    public synchronized void awaitIdle(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
