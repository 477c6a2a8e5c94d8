package dev.webinarops.core.sim;

import dev.webinarops.core.api.RateLimitLabel;
import java.time.Duration;
import java.util.Map;

/**
 * How to run a {@link ZoomSimulator}.
 *
 * @param perSecondLimits requests per second per label (LIGHT/MEDIUM/HEAVY; UNLABELLED operations use
 *     MEDIUM); null or empty = no rate limiting. A label missing from a non-empty map is not limited.
 * @param latency added to every API call (not the token endpoint)
 */
public record SimulatorOptions(int port, String accountId, String clientId, String clientSecret,
        Map<RateLimitLabel, Integer> perSecondLimits, Duration latency, long tokenTtlSeconds,
        boolean seedSandbox) {

    public SimulatorOptions {
        perSecondLimits = perSecondLimits == null ? Map.of() : Map.copyOf(perSecondLimits);
        latency = latency == null ? Duration.ZERO : latency;
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(0, "sim-account", "sim-client-id", "sim-client-secret", Map.of(),
                Duration.ZERO, 3600, false);
    }

    public SimulatorOptions withLimits(Map<RateLimitLabel, Integer> limits) {
        return new SimulatorOptions(port, accountId, clientId, clientSecret, limits, latency, tokenTtlSeconds, seedSandbox);
    }

    public SimulatorOptions withLatency(Duration newLatency) {
        return new SimulatorOptions(port, accountId, clientId, clientSecret, perSecondLimits, newLatency, tokenTtlSeconds, seedSandbox);
    }

    public SimulatorOptions withSeedSandbox(boolean seed) {
        return new SimulatorOptions(port, accountId, clientId, clientSecret, perSecondLimits, latency, tokenTtlSeconds, seed);
    }

    public SimulatorOptions withPort(int newPort) {
        return new SimulatorOptions(newPort, accountId, clientId, clientSecret, perSecondLimits, latency, tokenTtlSeconds, seedSandbox);
    }

    public SimulatorOptions withCredentials(String newAccountId, String newClientId, String newClientSecret) {
        return new SimulatorOptions(port, newAccountId, newClientId, newClientSecret, perSecondLimits, latency, tokenTtlSeconds, seedSandbox);
    }

    public SimulatorOptions withTokenTtlSeconds(long ttl) {
        return new SimulatorOptions(port, accountId, clientId, clientSecret, perSecondLimits, latency, ttl, seedSandbox);
    }
}
