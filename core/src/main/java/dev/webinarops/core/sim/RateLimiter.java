package dev.webinarops.core.sim;

import dev.webinarops.core.api.RateLimitLabel;
import java.util.EnumMap;
import java.util.Map;

/** One token bucket per rate-limit label: capacity = limit, refilled continuously at limit per second. */
final class RateLimiter {
    record Decision(boolean allowed, RateLimitLabel label, int limit, int remaining) {}

    private static final class Bucket {
        final int limit;
        double tokens;
        long lastNanos;

        Bucket(int limit) {
            this.limit = limit;
            this.tokens = limit;
            this.lastNanos = System.nanoTime();
        }
    }

    private final Map<RateLimitLabel, Bucket> buckets = new EnumMap<>(RateLimitLabel.class);

    RateLimiter(Map<RateLimitLabel, Integer> limits) {
        limits.forEach((label, limit) -> {
            if (limit != null && limit > 0) {
                buckets.put(label.bucket(), new Bucket(limit));
            }
        });
    }

    boolean enabled() {
        return !buckets.isEmpty();
    }

    /** Null when this label is not limited. */
    synchronized Decision acquire(RateLimitLabel opLabel) {
        RateLimitLabel label = opLabel.bucket();
        Bucket b = buckets.get(label);
        if (b == null) {
            return null;
        }
        long now = System.nanoTime();
        b.tokens = Math.min(b.limit, b.tokens + (now - b.lastNanos) / 1e9 * b.limit);
        b.lastNanos = now;
        if (b.tokens >= 1.0) {
            b.tokens -= 1.0;
            return new Decision(true, label, b.limit, (int) Math.floor(b.tokens));
        }
        return new Decision(false, label, b.limit, 0);
    }
}
