package dev.webinarops.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.auth.TokenManager;
import dev.webinarops.core.auth.TokenStatus;
import dev.webinarops.core.config.Secret;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.sim.Fault;
import dev.webinarops.core.sim.SimulatorOptions;
import dev.webinarops.core.sim.ZoomSimulator;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenCacheTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"memory", "file"})
    void twoHundredConcurrentColdCallersCauseOneMint(String kind) throws Exception {
        ZoomTestEnvironment.Builder builder = ZoomTestEnvironment.builder();
        if (kind.equals("file")) builder.tokenCacheFile(dir.resolve("token.json"));
        try (ZoomTestEnvironment env = builder.build()) {
            TokenManager tokens = env.zoom().tokens();
            ExecutorService pool = Executors.newFixedThreadPool(200);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> {
                    go.await();
                    return tokens.accessToken();
                }));
            }
            go.countDown();
            Set<String> distinct = ConcurrentHashMap.newKeySet();
            for (Future<String> f : results) distinct.add(f.get(30, TimeUnit.SECONDS));
            pool.shutdownNow();
            assertEquals(1, env.simulator().counters().tokenMints());
            assertEquals(1, distinct.size());
        }
    }

    @Test
    void cacheFileIsOwnerOnlyAndReusedByANewProcessInstance() throws IOException {
        Path file = dir.resolve("nested/dir/token.json");
        try (ZoomTestEnvironment env = ZoomTestEnvironment.builder().tokenCacheFile(file).build()) {
            String token = env.zoom().tokens().accessToken();
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            // a second core (as another app on this host would be) reuses the cached token
            String again = env.newClient(env.config()).tokens().accessToken();
            assertEquals(token, again);
            assertEquals(1, env.simulator().counters().tokenMints());
            assertFalse(Files.list(file.getParent()).anyMatch(p -> p.toString().endsWith(".tmp")), "no temp files left");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{not json", "[]", "{\"version\":1,\"owner\":\"someone-else\",\"access_token\":\"x\",\"expires_at\":\"2999-01-01T00:00:00Z\"}",
            "{\"version\":1,\"owner\":\"x\",\"access_token\":5}", "\u0000\u0001binary", "{\"version\":1,\"expires_at\":\"yesterday\"}"})
    void corruptEmptyOrForeignCacheFilesAreIgnoredAndReplaced(String content) throws IOException {
        Path file = dir.resolve("token.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        try (ZoomTestEnvironment env = ZoomTestEnvironment.builder().tokenCacheFile(file).build()) {
            var users = env.zoom().users().list(null, 10, null);
            assertTrue(users.items().size() >= 0);
            assertEquals(1, env.simulator().counters().tokenMints());
            assertTrue(Files.readString(file).contains("\"access_token\""), "the bad file was replaced");
        }
    }

    @Test
    void aCacheThatCannotBeCreatedCostsAMintNotARequest() throws IOException {
        Path blocker = dir.resolve("not-a-dir");
        Files.writeString(blocker, "a file where the cache's folder should be");
        try (ZoomTestEnvironment env = ZoomTestEnvironment.builder().tokenCacheFile(blocker.resolve("token.json")).build()) {
            assertEquals(0, env.zoom().users().list(null, 30, null).items().size());
            assertEquals(1, env.simulator().counters().tokenMints());
        }
    }

    @Test
    void unreadableCacheFileIsIgnored() throws IOException {
        Path file = dir.resolve("token.json");
        Files.createDirectories(file); // a directory where the file should be: unreadable as a file
        try (ZoomTestEnvironment env = ZoomTestEnvironment.builder().tokenCacheFile(file).build()) {
            assertFalse(env.zoom().tokens().accessToken().isBlank());
            assertEquals(1, env.simulator().counters().tokenMints());
        }
    }

    @Test
    void twoJvmsSharingOneCacheFileMintOnce() throws Exception {
        Path file = dir.resolve("shared-token.json");
        try (ZoomSimulator sim = ZoomSimulator.start(SimulatorOptions.defaults())) {
            SimulatorOptions o = SimulatorOptions.defaults();
            long startAt = System.currentTimeMillis() + 2500;
            List<Process> processes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), TokenProbe.class.getName(),
                        sim.tokenUrl().toString(), file.toString(), Long.toString(startAt), o.accountId(), o.clientId(),
                        o.clientSecret())
                        .redirectErrorStream(true).start());
            }
            List<String> outputs = new ArrayList<>();
            for (Process p : processes) {
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM finished");
                String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertEquals(0, p.exitValue(), all);
                outputs.add(all.lines()
                        .filter(l -> l.startsWith("TOKENS")).findFirst().orElse("no TOKENS line"));
            }
            assertEquals(1, sim.counters().tokenMints(), "one mint across both JVMs: " + outputs);
            assertTrue(outputs.get(0).startsWith("TOKENS 1 "), outputs.get(0));
            assertEquals(outputs.get(0), outputs.get(1), "both JVMs use the same token");
        }
    }

    @Test
    void expiredTokenIsRefreshedOnceAndTheRequestRetried() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            Zoom zoom = env.zoom();
            String first = zoom.tokens().accessToken();
            env.simulator().faults().enqueue("users", new Fault.ExpiredToken());
            assertTrue(zoom.users().list(null, 30, null).items().size() >= 0);
            assertEquals(2, env.simulator().counters().tokenMints());
            assertNotEquals(first, zoom.tokens().accessToken());
        }
    }

    @Test
    void aSecondRejectionIsAnErrorThatSaysWhatToCheck() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            env.simulator().faults().enqueue("users", new Fault.ExpiredToken());
            env.simulator().faults().enqueue("users", new Fault.ExpiredToken());
            ZoomApiException e = assertThrows(ZoomApiException.AuthenticationFailed.class,
                    () -> env.zoom().users().list(null, 30, null));
            assertTrue(e.getMessage().contains("ZOOM_CLIENT_ID"), e.getMessage());
            assertEquals(2, env.simulator().counters().tokenMints());
        }
    }

    @Test
    void wrongCredentialsAreAClearErrorWithoutTheSecret() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            ZoomConfig wrong = env.config().withCredentials(new ZoomConfig.ZoomCredentials(
                    SimulatorOptions.defaults().accountId(), "sim-client-id", new Secret("wrong-secret-value")));
            ZoomApiException e = assertThrows(ZoomApiException.AuthenticationFailed.class,
                    () -> env.newClient(wrong).users().list(null, 30, null));
            assertTrue(e.getMessage().contains("ZOOM_CLIENT_SECRET"), e.getMessage());
            assertFalse(e.getMessage().contains("wrong-secret-value"));
            assertEquals(0, env.simulator().counters().tokenMints());
        }
    }

    @Test
    void statusReportsValidExpiringAndNoneAndForcedRefreshMints() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            TokenManager tokens = env.zoom().tokens();
            assertEquals(TokenStatus.State.NONE, tokens.status().state());
            tokens.accessToken();
            TokenStatus status = tokens.status();
            assertEquals(TokenStatus.State.VALID, status.state());
            assertTrue(status.minutesRemaining() >= 58 && status.minutesRemaining() <= 60, status.toString());
            assertEquals("Asia/Kolkata", status.expiresAtDisplay().getZone().getId());
            assertEquals(status.expiresAtUtc(), status.expiresAtDisplay().toInstant());
            String before = tokens.accessToken();
            tokens.forceRefresh();
            assertNotEquals(before, tokens.accessToken());
            assertEquals(2, env.simulator().counters().tokenMints());
        }
        try (ZoomSimulator sim = ZoomSimulator.start(SimulatorOptions.defaults().withTokenTtlSeconds(120));
             ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            ZoomConfig shortLived = env.config().withEndpoints(sim.apiBaseUrl(), sim.tokenUrl());
            TokenManager tokens = env.newClient(shortLived).tokens();
            tokens.accessToken();
            assertEquals(TokenStatus.State.EXPIRING, tokens.status().state());
            tokens.accessToken();
            assertEquals(2, sim.counters().tokenMints(), "a token inside the 5-minute margin is refreshed");
        }
    }
}
