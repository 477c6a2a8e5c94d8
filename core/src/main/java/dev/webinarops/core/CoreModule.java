package dev.webinarops.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.webinarops.core.auth.FileTokenCache;
import dev.webinarops.core.auth.InMemoryTokenCache;
import dev.webinarops.core.auth.TokenCache;
import dev.webinarops.core.auth.TokenManager;
import dev.webinarops.core.auth.TokenMinter;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.config.ZoomSettings;
import dev.webinarops.core.http.RateLimiters;
import dev.webinarops.core.http.RetryPolicy;
import dev.webinarops.core.http.ZoomHttpExecutor;
import dev.webinarops.core.http.ZoomJson;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/** Bindings of the Zoom core. */
public final class CoreModule extends AbstractModule {
    private final ZoomConfig config;

    public CoreModule(ZoomConfig config) {
        this.config = Objects.requireNonNull(config, "config is null");
    }

    @Override
    protected void configure() {
        bind(ZoomSettings.class).toInstance(new ZoomSettings(config));
        bind(Clock.class).toInstance(Clock.systemUTC());
    }

    @Provides
    @Singleton
    ObjectMapper objectMapper() {
        return ZoomJson.newMapper();
    }

    @Provides
    @Singleton
    HttpClient httpClient() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Provides
    @Singleton
    TokenCache tokenCache(ObjectMapper mapper) {
        return config.tokenCache().kind() == ZoomConfig.TokenCacheSettings.Kind.FILE
                ? new FileTokenCache(config.tokenCache().file(), mapper)
                : new InMemoryTokenCache();
    }

    @Provides
    @Singleton
    TokenManager tokenManager(ZoomSettings settings, TokenCache cache, Provider<HttpClient> http, ObjectMapper mapper,
            Clock clock) {
        return new TokenManager(settings, cache, new TokenMinter(http::get, mapper, clock), clock);
    }

    @Provides
    @Singleton
    ZoomHttpExecutor executor(Provider<HttpClient> http, ZoomSettings settings, TokenManager tokens, ObjectMapper mapper) {
        return new ZoomHttpExecutor(http::get, settings, tokens, new RateLimiters(config.plan()),
                new RetryPolicy(config.retry(), () -> ThreadLocalRandom.current().nextDouble()), mapper);
    }
}
