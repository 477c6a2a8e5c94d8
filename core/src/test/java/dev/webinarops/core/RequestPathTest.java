package dev.webinarops.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.core.api.RateLimitLabel;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.config.ZoomPlan;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.core.model.WebinarInput;
import dev.webinarops.core.sim.Fault;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retries, Retry-After, rate limiting and error mapping, against the simulator over HTTP. */
class RequestPathTest {

    private static Instant nextWeek() {
        return Instant.now().plus(Duration.ofDays(7)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    @Test
    void idempotentCallsAreRetriedThrough5xxAndResets() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            String host = env.simulator().state().addUser("host@example.com", "Host", "One");
            long id = env.simulator().state().addWebinar(host, "Retry me", nextWeek(), 60, 0);
            env.simulator().faults().enqueue("webinar", new Fault.Status(503, 0, "Service unavailable"));
            env.simulator().faults().enqueue("webinar", new Fault.ConnectionReset());
            env.simulator().faults().enqueue("webinar", new Fault.Status(502, 0, "Bad gateway"));
            assertEquals("Retry me", env.zoom().webinars().get(Long.toString(id)).topic());
            assertEquals(4, env.simulator().counters().requests("webinar"));
        }
    }

    @Test
    void retriesGiveUpAfterTheBudgetWithAClearError() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            String host = env.simulator().state().addUser("host@example.com", "Host", "One");
            long id = env.simulator().state().addWebinar(host, "Down", nextWeek(), 60, 0);
            for (int i = 0; i < 4; i++) env.simulator().faults().enqueue("webinar", new Fault.Status(500, 0, "boom"));
            ZoomApiException e = assertThrows(ZoomApiException.Unavailable.class,
                    () -> env.zoom().webinars().get(Long.toString(id)));
            assertEquals(500, e.httpStatus());
            assertEquals(4, env.simulator().counters().requests("webinar"));
        }
    }

    @Test
    void aCreateThatMayHaveReachedZoomIsNotRepeated() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            String host = env.simulator().state().addUser("host@example.com", "Host", "One");
            env.simulator().faults().enqueue("webinarCreate", new Fault.AfterProcessing(504));
            assertThrows(ZoomApiException.Unavailable.class, () -> env.zoom().webinars().create(host,
                    WebinarInput.scheduled("Only once", nextWeek(), 30, "UTC")));
            assertEquals(1, env.simulator().counters().requests("webinarCreate"), "not retried");
            assertEquals(1, env.zoom().webinars().list(host, null, 30, null).items().size(), "created exactly once");
        }
    }

    @Test
    void aCreateIsRetriedAfter429BecauseZoomDidNothing() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            String host = env.simulator().state().addUser("host@example.com", "Host", "One");
            env.simulator().faults().enqueue("webinarCreate", new Fault.RetryAfter429(1, false));
            long start = System.nanoTime();
            Webinar w = env.zoom().webinars().create(host, WebinarInput.scheduled("After 429", nextWeek(), 30, "UTC"));
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            assertTrue(waitedMs >= 900, "Retry-After: 1 was honoured, waited " + waitedMs + " ms");
            assertEquals("After 429", w.topic());
            assertEquals(2, env.simulator().counters().requests("webinarCreate"));
            assertEquals(1, env.zoom().webinars().list(host, null, 30, null).items().size());
        }
    }

    @Test
    void aDailyLimitIsAnErrorNotASleep() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            env.simulator().faults().enqueue("users", new Fault.RetryAfter429(7200, true));
            long start = System.nanoTime();
            ZoomApiException.RateLimited e = assertThrows(ZoomApiException.RateLimited.class,
                    () -> env.zoom().users().list(null, 30, null));
            assertTrue((System.nanoTime() - start) < 2_000_000_000L);
            assertTrue(e.dailyLimit());
            assertTrue(e.getMessage().contains("daily"), e.getMessage());
            assertEquals(1, env.simulator().counters().requests("users"));
        }
    }

    @Test
    void theClientSideLimiterKeepsBulkWorkUnderZoomsLimit() {
        // Free plan: Medium 2/s. The simulator enforces the same; 8 calls must see no 429.
        try (ZoomTestEnvironment env = ZoomTestEnvironment.builder().plan(ZoomPlan.FREE)
                .simulatorLimits(Map.of(RateLimitLabel.LIGHT, 4, RateLimitLabel.MEDIUM, 2, RateLimitLabel.HEAVY, 1))
                .retry(new ZoomConfig.RetrySettings(1, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ofSeconds(1)))
                .build()) {
            env.simulator().state().addUser("host@example.com", "Host", "One");
            long start = System.nanoTime();
            for (int i = 0; i < 8; i++) env.zoom().users().list(null, 30, null);
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, env.simulator().counters().rateLimited());
            assertTrue(seconds >= 3.0, "8 Medium calls at 2/s take at least 3.5 s, took " + seconds);
        }
    }

    @Test
    void withoutTheLimiterTheSimulatorAnswers429WithZoomsHeaders() throws Exception {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.builder()
                .simulatorLimits(Map.of(RateLimitLabel.LIGHT, 1, RateLimitLabel.MEDIUM, 1, RateLimitLabel.HEAVY, 1))
                .retry(new ZoomConfig.RetrySettings(1, Duration.ofMillis(5), Duration.ofMillis(5), Duration.ofSeconds(1)))
                .build()) {
            env.simulator().state().addUser("host@example.com", "Host", "One");
            // Business plan on the client (60/s) against a simulator allowing 1/s: the second call bounces.
            env.zoom().users().list(null, 30, null);
            ZoomApiException.RateLimited e = assertThrows(ZoomApiException.RateLimited.class,
                    () -> env.zoom().users().list(null, 30, null));
            assertFalse(e.dailyLimit());
            assertEquals(1, env.simulator().counters().rateLimited());
        }
    }

    @Test
    void errorsSayWhatToDo() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            String host = env.simulator().state().addUser("host@example.com", "Host", "One");
            ZoomApiException.NotFound notFound = assertThrows(ZoomApiException.NotFound.class,
                    () -> env.zoom().webinars().get("99999999999"));
            assertTrue(notFound.getMessage().contains("Webinar 99999999999 not found"), notFound.getMessage());
            assertEquals(3001, notFound.zoomCode());

            assertThrows(ZoomApiException.NotFound.class, () -> env.zoom().users().get("nobody@example.com"));

            env.simulator().state().setLicensed(false);
            ZoomApiException.NoWebinarLicence licence = assertThrows(ZoomApiException.NoWebinarLicence.class,
                    () -> env.zoom().webinars().create(host, WebinarInput.scheduled("No plan", nextWeek(), 30, "UTC")));
            assertTrue(licence.getMessage().contains("licence"), licence.getMessage());
            env.simulator().state().setLicensed(true);

            env.simulator().state().revokeScopes(true);
            ZoomApiException.MissingScopes scopes = assertThrows(ZoomApiException.MissingScopes.class,
                    () -> env.zoom().users().list(null, 30, null));
            assertEquals(java.util.List.of("user:read:admin"), scopes.requiredScopes());
            assertTrue(scopes.getMessage().contains("user:read:admin"), scopes.getMessage());
            env.simulator().state().revokeScopes(false);

            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                    () -> env.zoom().webinars().get(""));
            assertTrue(bad.getMessage().contains("webinarId"));
        }
    }

    @Test
    void pastWebinarUuidsWithSlashesAreDoubleEncoded() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            String host = env.simulator().state().addUser("host@example.com", "Host", "One");
            long id = env.simulator().state().addWebinar(host, "Past", Instant.now().minus(Duration.ofDays(2)), 60, 0);
            for (String uuid : new String[] {"/abcDEF12+3==", "ab//cdEF==", "plainUuid4567=="}) {
                env.simulator().state().addPastWebinarInstance(id, uuid, Instant.now().minus(Duration.ofDays(2)));
                env.simulator().state().addParticipant(uuid, "Attendee " + uuid, "a@example.com");
                var page = env.zoom().reports().participants(uuid, 30, null);
                assertEquals(1, page.items().size(), uuid);
                assertEquals("Attendee " + uuid, page.items().get(0).name());
            }
            assertTrue(env.simulator().validationErrors().isEmpty(), env.simulator().validationErrors().toString());
        }
    }
}
