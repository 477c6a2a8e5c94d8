package dev.webinarops.core.testing;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.webinarops.core.CoreModule;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.api.RateLimitLabel;
import dev.webinarops.core.config.Secret;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.config.ZoomPlan;
import dev.webinarops.core.sim.SimulatorOptions;
import dev.webinarops.core.sim.ZoomSimulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/** A validating Zoom simulator plus a core wired to it over real HTTP. Shared by every module's tests. */
public final class ZoomTestEnvironment implements AutoCloseable {
    private final ZoomSimulator simulator;
    private final ZoomConfig config;
    private final Injector injector;

    private ZoomTestEnvironment(ZoomSimulator simulator, ZoomConfig config) {
        this.simulator = simulator;
        this.config = config;
        this.injector = Guice.createInjector(new CoreModule(config));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static ZoomTestEnvironment start() {
        return builder().build();
    }

    public ZoomSimulator simulator() { return simulator; }
    public ZoomConfig config() { return config; }
    public Injector injector() { return injector; }
    public Zoom zoom() { return injector.getInstance(Zoom.class); }

    /** A second, independent core (own token manager and limiter) against the same simulator. */
    public Zoom newClient(ZoomConfig other) {
        return Guice.createInjector(new CoreModule(other)).getInstance(Zoom.class);
    }

    /** A test-speed retry budget: real backoff shape, millisecond delays. */
    public static ZoomConfig.RetrySettings fastRetries() {
        return new ZoomConfig.RetrySettings(4, Duration.ofMillis(5), Duration.ofMillis(40), Duration.ofSeconds(2));
    }

    @Override
    public void close() {
        simulator.close();
    }

    public static final class Builder {
        private SimulatorOptions options = SimulatorOptions.defaults();
        private ZoomPlan plan = ZoomPlan.BUSINESS;
        private ZoomConfig.TokenCacheSettings cache = ZoomConfig.TokenCacheSettings.memory();
        private ZoomConfig.RetrySettings retry = fastRetries();

        public Builder sandbox() {
            options = options.withSeedSandbox(true);
            return this;
        }

        public Builder simulatorLimits(Map<RateLimitLabel, Integer> limits) {
            options = options.withLimits(limits);
            return this;
        }

        public Builder latency(Duration latency) {
            options = options.withLatency(latency);
            return this;
        }

        public Builder plan(ZoomPlan plan) {
            this.plan = plan;
            return this;
        }

        public Builder tokenCacheFile(Path file) {
            this.cache = ZoomConfig.TokenCacheSettings.file(file);
            return this;
        }

        public Builder retry(ZoomConfig.RetrySettings retry) {
            this.retry = retry;
            return this;
        }

        public ZoomTestEnvironment build() {
            ZoomSimulator simulator = ZoomSimulator.start(options);
            ZoomConfig config = new ZoomConfig(
                    Optional.of(new ZoomConfig.ZoomCredentials(options.accountId(), options.clientId(),
                            new Secret(options.clientSecret()))),
                    simulator.apiBaseUrl(), simulator.tokenUrl(), plan, cache, ZoneId.of("Asia/Kolkata"), retry,
                    Duration.ofSeconds(10));
            return new ZoomTestEnvironment(simulator, config);
        }
    }
}
