package dev.webinarops.core.http;

import dev.webinarops.core.api.RateLimitLabel;
import dev.webinarops.core.config.ZoomPlan;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * One client-side limiter per Zoom rate-limit label, paced evenly (one permit every 1/limit seconds)
 * so bulk work stays under Zoom's per-second limits instead of bursting into 429s.
 */
public final class RateLimiters {
    private final Map<RateLimitLabel, RateLimiter> limiters = new EnumMap<>(RateLimitLabel.class);

    public RateLimiters(ZoomPlan plan) {
        for (RateLimitLabel label : new RateLimitLabel[] {RateLimitLabel.LIGHT, RateLimitLabel.MEDIUM, RateLimitLabel.HEAVY}) {
            int perSecond = plan.perSecond(label);
            RateLimiterConfig config = RateLimiterConfig.custom()
                    .limitForPeriod(1)
                    .limitRefreshPeriod(Duration.ofNanos(1_000_000_000L / perSecond))
                    .timeoutDuration(Duration.ofMinutes(10))
                    .build();
            limiters.put(label, RateLimiter.of("zoom-" + label.displayName(), config));
        }
    }

    /** Blocks until a call with this label may go out. */
    public void acquire(RateLimitLabel label) {
        RateLimiter.waitForPermission(limiters.get(label.bucket()));
    }
}
