package dev.webinarops.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.config.Secret;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.sim.Fault;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Runs the flows that touch secrets with DEBUG logging through the shipped logback configuration. */
class NoSecretsInLogsTest {
    @TempDir
    Path dir;

    @Test
    void noClientSecretOrAccessTokenEverReachesALogLine() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger - %msg%n");
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(captured);
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        List<String> tokens = new ArrayList<>();
        String secret;
        try (ZoomTestEnvironment env = ZoomTestEnvironment.builder().tokenCacheFile(dir.resolve("t.json")).build()) {
            secret = env.config().credentials().clientSecret().reveal();
            Zoom zoom = env.zoom();
            String host = env.simulator().state().addUser("host@example.com", "Host", "One");
            tokens.add(zoom.tokens().accessToken());
            env.simulator().faults().enqueue("users", new Fault.ExpiredToken());
            zoom.users().list(null, 30, null);
            tokens.add(zoom.tokens().accessToken());
            tokens.add(zoom.tokens().forceRefresh().value());
            env.simulator().faults().enqueue("user", new Fault.Status(500, 0, "boom"));
            zoom.users().get(host);
            assertThrows(ZoomApiException.NotFound.class, () -> zoom.webinars().get("123"));
            ZoomConfig wrong = env.config().withCredentials(new ZoomConfig.ZoomCredentials("sim-account", "sim-client-id",
                    new Secret("another-secret-123")));
            assertThrows(ZoomApiException.AuthenticationFailed.class, () -> env.newClient(wrong).users().get("me"));
            // Even a careless log line of our own is masked by the shipped converter.
            LoggerFactory.getLogger("careless").info("Authorization: Bearer {} for {}", tokens.get(0), wrong);
        } finally {
            root.detachAppender(appender);
            root.setLevel(before);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertTrue(logs.contains("careless") && logs.contains("Minted a Zoom access token"), "logs were captured: " + logs);
        assertFalse(logs.contains(secret), "client secret logged");
        assertFalse(logs.contains("another-secret-123"), "client secret logged");
        assertFalse(logs.contains(Base64.getEncoder().encodeToString(("sim-client-id:" + secret).getBytes(StandardCharsets.UTF_8))));
        for (String token : tokens) {
            assertFalse(logs.contains(token), "access token logged");
        }
    }
}
