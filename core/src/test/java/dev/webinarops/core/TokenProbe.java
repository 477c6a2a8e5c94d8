package dev.webinarops.core;

import dev.webinarops.core.auth.FileTokenCache;
import dev.webinarops.core.auth.TokenManager;
import dev.webinarops.core.auth.TokenMinter;
import dev.webinarops.core.config.Secret;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.config.ZoomPlan;
import dev.webinarops.core.http.ZoomJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** Run in a separate JVM by TokenCacheTest: asks for tokens from many threads at an agreed instant. */
public final class TokenProbe {
    private TokenProbe() {}

    public static void main(String[] args) throws Exception {
        URI tokenUrl = URI.create(args[0]);
        Path cacheFile = Path.of(args[1]);
        long startAtMillis = Long.parseLong(args[2]);
        ZoomConfig config = new ZoomConfig(Optional.of(new ZoomConfig.ZoomCredentials(args[3], args[4], new Secret(args[5]))),
                URI.create("http://127.0.0.1:1/v2"), tokenUrl, ZoomPlan.PRO,
                ZoomConfig.TokenCacheSettings.file(cacheFile), ZoneId.of("UTC"),
                ZoomConfig.RetrySettings.defaults(), Duration.ofSeconds(10));
        TokenManager tokens = new TokenManager(() -> config, new FileTokenCache(cacheFile, ZoomJson.newMapper()),
                new TokenMinter(HttpClient::newHttpClient, ZoomJson.newMapper(), Clock.systemUTC()), Clock.systemUTC());
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        while (System.currentTimeMillis() < startAtMillis) {
            Thread.sleep(1);
        }
        for (int i = 0; i < 50; i++) {
            pool.submit(() -> seen.add(tokens.accessToken()));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        System.out.println("TOKENS " + seen.size() + " " + seen.iterator().next().hashCode());
    }
}
