package dev.webinarops.core.sandbox;

import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.config.Secret;
import dev.webinarops.core.sim.SimulatorOptions;
import dev.webinarops.core.sim.ZoomSimulator;
import java.util.Objects;

/**
 * Sandbox mode: the seeded Zoom simulator on localhost and a configuration pointing at it, so the apps
 * run with no Zoom account. Tokens are cached in memory (a sandbox token is useless elsewhere).
 */
public final class Sandbox implements AutoCloseable {
    private final ZoomSimulator simulator;
    private final ZoomConfig config;

    private Sandbox(ZoomSimulator simulator, ZoomConfig config) {
        this.simulator = simulator;
        this.config = config;
    }

    /** Starts the seeded simulator; {@code base} supplies everything but endpoints, credentials and cache. */
    public static Sandbox start(ZoomConfig base) {
        Objects.requireNonNull(base, "base is null");
        SimulatorOptions options = SimulatorOptions.defaults().withSeedSandbox(true);
        ZoomSimulator simulator = ZoomSimulator.start(options);
        ZoomConfig config = base
                .withCredentials(new ZoomConfig.ZoomCredentials(options.accountId(), options.clientId(),
                        new Secret(options.clientSecret())))
                .withEndpoints(simulator.apiBaseUrl(), simulator.tokenUrl())
                .withTokenCache(ZoomConfig.TokenCacheSettings.memory());
        return new Sandbox(simulator, config);
    }

    public ZoomConfig config() {
        return config;
    }

    public ZoomSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
