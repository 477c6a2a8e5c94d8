package dev.webinarops.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.config.ConfigLoader;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.config.ZoomPlan;
import dev.webinarops.core.http.PathEncoder;
import dev.webinarops.core.http.RetryPolicy;
import dev.webinarops.core.logging.Redactor;
import dev.webinarops.core.model.Recurrence;
import dev.webinarops.core.model.User;
import dev.webinarops.core.service.RecurrenceSpec;
import dev.webinarops.core.service.TimeParser;
import dev.webinarops.core.service.UserDirectory;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Narrow units: pure policies and parsers. */
class UnitsTest {

    @Test
    void retryPolicyRetriesWhatIsSafeAndCapsRetryAfter() {
        RetryPolicy policy = new RetryPolicy(new ZoomConfig.RetrySettings(4, Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofSeconds(30)), () -> 0.5);
        assertTrue(policy.shouldRetry(503, OptionalLong.empty(), true));
        assertTrue(policy.shouldRetry(408, OptionalLong.empty(), true));
        assertFalse(policy.shouldRetry(503, OptionalLong.empty(), false), "a POST may have reached Zoom");
        assertTrue(policy.shouldRetry(429, OptionalLong.of(1), false), "429 means Zoom did nothing");
        assertFalse(policy.shouldRetry(429, OptionalLong.of(3600), true), "daily limit is an error, not a sleep");
        assertFalse(policy.shouldRetry(404, OptionalLong.empty(), true));
        assertTrue(policy.shouldRetry(new ConnectException(), false));
        assertFalse(policy.shouldRetry(new HttpTimeoutException("t"), false));
        assertTrue(policy.shouldRetry(new IOException("reset"), true));
        assertEquals(Duration.ofSeconds(2), policy.delay(1, OptionalLong.of(2)));
        assertEquals(Duration.ofSeconds(30), policy.delay(1, OptionalLong.of(29_000)));
        assertEquals(75, policy.delay(1, OptionalLong.empty()).toMillis()); // 100 -> 50 + 0.5*50
        assertEquals(750, policy.delay(9, OptionalLong.empty()).toMillis(), "capped at 1 s before jitter");
    }

    @Test
    void aPageTokenThatDoesNotMoveStopsTheWalk() {
        var pages = dev.webinarops.core.api.Paginator.iterator(
                token -> new dev.webinarops.core.api.Page<>(List.of("x"), "same", null));
        assertEquals("x", pages.next(), "the first page is fine");
        assertThrows(IllegalStateException.class, pages::next, "the second page repeats the token it was asked with");
    }

    @Test
    void pathSegmentsAreEncodedAndOddUuidsTwice() {
        assertEquals("/past_webinars/abc%3D%3D/participants",
                PathEncoder.expand("/past_webinars/{webinarId}/participants", Map.of("webinarId", "abc==")));
        assertEquals("%252Fab%252F%252Fc%253D%253D", PathEncoder.encodeSegment("/ab//c=="));
        assertEquals("a%252F%252Fb", PathEncoder.encodeSegment("a//b"));
        assertEquals("me", PathEncoder.encodeSegment("me"));
        assertEquals("jane%40example.com", PathEncoder.encodeSegment("jane@example.com"));
        assertThrows(IllegalArgumentException.class, () -> PathEncoder.expand("/webinars/{webinarId}", Map.of()));
    }

    @Test
    void timesPeopleTypeBecomeZoomInstants() {
        ZoneId kolkata = ZoneId.of("Asia/Kolkata");
        assertEquals(Instant.parse("2026-03-01T09:30:00Z"), TimeParser.parse("2026-03-01T15:00:00+05:30", kolkata));
        assertEquals(Instant.parse("2026-03-01T15:00:00Z"), TimeParser.parse("2026-03-01T15:00:00Z", kolkata));
        assertEquals(Instant.parse("2026-03-01T09:30:00Z"), TimeParser.parse("2026-03-01 15:00", kolkata));
        assertEquals(Instant.parse("2026-03-01T09:30:00Z"), TimeParser.parse("2026-03-01T15:00", kolkata));
        assertEquals(Instant.parse("2026-07-01T13:00:00Z"),
                TimeParser.parse("2026-07-01 15:00", ZoneId.of("Europe/Berlin")), "summer time applies");
        assertEquals("2026-03-01T09:30:00Z", TimeParser.toZoom(Instant.parse("2026-03-01T09:30:00.123Z")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TimeParser.parse("next tuesday", kolkata));
        assertTrue(e.getMessage().contains("YYYY-MM-DD HH:mm"));
    }

    @Test
    void usersResolveByNumberNameEmailOrId() {
        UserDirectory dir = new UserDirectory(List.of(
                user("u1", "ana@example.com", "Ana", "Silva"),
                user("u2", "bo@example.com", "Bo", "Chen"),
                user("u3", "bob@example.com", "Bob", "Chen")));
        assertEquals("1. Ana Silva <ana@example.com>", dir.numberedLines().get(0));
        assertEquals("u2", dir.resolve("2").id());
        assertEquals("u3", dir.resolve("BOB@example.com").id());
        assertEquals("u1", dir.resolve("u1").id());
        assertEquals("u1", dir.resolve("ana silva").id());
        assertEquals("u1", dir.resolve("silva").id());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> dir.resolve("chen")).getMessage()
                .contains("matches 2 users"));
        assertThrows(IllegalArgumentException.class, () -> dir.resolve("4"));
        assertThrows(IllegalArgumentException.class, () -> dir.resolve("nobody"));
    }

    @Test
    void recurrenceRulesAreChecked() {
        Recurrence weekly = RecurrenceSpec.weekly(1, List.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, DayOfWeek.SUNDAY),
                RecurrenceSpec.End.afterTimes(6));
        assertEquals("1,2,6", weekly.weeklyDays());
        assertEquals(6, weekly.endTimes());
        Recurrence monthly = RecurrenceSpec.monthlyOnWeekday(1, -1, DayOfWeek.THURSDAY,
                RecurrenceSpec.End.at(Instant.parse("2027-01-01T00:00:00Z")));
        assertEquals(5, monthly.monthlyWeekDay());
        assertEquals(-1, monthly.monthlyWeek());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), monthly.endDateTime());
        assertThrows(IllegalArgumentException.class, () -> RecurrenceSpec.End.afterTimes(366));
        assertThrows(IllegalArgumentException.class, () -> RecurrenceSpec.monthlyOnDay(1, 32, RecurrenceSpec.End.afterTimes(2)));
        assertThrows(IllegalArgumentException.class, () -> RecurrenceSpec.weekly(1, List.of(), RecurrenceSpec.End.afterTimes(2)));
        assertEquals(DayOfWeek.TUESDAY, RecurrenceSpec.parseDay("tu"));
    }

    @Test
    void redactorMasksCredentials() {
        String line = "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc.def and Basic c2VjcmV0OnNlY3JldA== "
                + "{\"access_token\":\"sim_abcdefgh\"} client_secret=hunter2hunter xoxb-1234567890-abcdef";
        String out = Redactor.redact(line);
        assertFalse(out.contains("eyJhbGci"));
        assertFalse(out.contains("c2VjcmV0"));
        assertFalse(out.contains("sim_abcdefgh"));
        assertFalse(out.contains("hunter2hunter"));
        assertFalse(out.contains("xoxb-1234567890"));
    }

    @Test
    void configComesFromTheEnvironmentWithClearErrors() {
        ZoomConfig config = ConfigLoader.fromMap(Map.of("ZOOM_ACCOUNT_ID", "acc", "ZOOM_CLIENT_ID", "cid",
                "ZOOM_CLIENT_SECRET", "shh-secret", "ZOOM_PLAN", "business", "ZOOM_TOKEN_CACHE", "memory"));
        assertEquals(ZoomPlan.BUSINESS, config.plan());
        assertEquals(ZoomConfig.DEFAULT_API_BASE_URL, config.apiBaseUrl());
        assertEquals(ZoneId.of("Asia/Kolkata"), config.displayZone());
        assertFalse(config.toString().contains("shh-secret"), "config must never print its secret");
        assertTrue(ConfigLoader.fromMap(Map.of()).maybeCredentials().isEmpty());
        ZoomApiException missing = assertThrows(ZoomApiException.class,
                () -> ConfigLoader.fromMap(Map.of("ZOOM_CLIENT_ID", "x")));
        assertTrue(missing.getMessage().contains("ZOOM_ACCOUNT_ID") && missing.getMessage().contains("ZOOM_CLIENT_SECRET"));
        assertThrows(ZoomApiException.class, () -> ConfigLoader.fromMap(Map.of("ZOOM_PLAN", "gold")));
        assertThrows(ZoomApiException.class, () -> ConfigLoader.fromMap(Map.of("ZOOM_API_BASE_URL", "ftp://x")));
        assertEquals(20, ZoomPlan.PRO.perSecond(dev.webinarops.core.api.RateLimitLabel.MEDIUM));
        assertEquals(20, ZoomPlan.PRO.perSecond(dev.webinarops.core.api.RateLimitLabel.UNLABELLED));
        assertEquals(1, ZoomPlan.FREE.perSecond(dev.webinarops.core.api.RateLimitLabel.HEAVY));
    }

    @Test
    void dotEnvFillsWhatTheEnvironmentLeavesOut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Files.writeString(dir.resolve(".env"), "ZOOM_ACCOUNT_ID=from-file\nZOOM_CLIENT_ID=file-client\n"
                + "ZOOM_CLIENT_SECRET=file-secret\nZOOM_PLAN=free\n");
        Map<String, String> merged = ConfigLoader.environment(dir, Map.of("ZOOM_CLIENT_ID", "from-env"));
        ZoomConfig config = ConfigLoader.fromMap(merged);
        ZoomConfig.ZoomCredentials c = config.credentials();
        assertEquals("from-file", c.accountId());
        assertEquals("from-env", c.clientId(), "the environment wins over .env");
        assertEquals("file-secret", c.clientSecret().reveal());
        assertEquals(ZoomPlan.FREE, config.plan());
        assertFalse(ConfigLoader.environment(dir.resolve("missing"), Map.of()).containsKey("ZOOM_ACCOUNT_ID"));
    }

    @Test
    void anExpiredCachedTokenIsReportedAsExpired() {
        java.time.Clock clock = java.time.Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), java.time.ZoneOffset.UTC);
        ZoomConfig config = ConfigLoader.fromMap(Map.of("ZOOM_ACCOUNT_ID", "a", "ZOOM_CLIENT_ID", "c",
                "ZOOM_CLIENT_SECRET", "s", "ZOOM_TOKEN_CACHE", "memory"));
        var cache = new dev.webinarops.core.auth.InMemoryTokenCache();
        var minter = org.mockito.Mockito.mock(dev.webinarops.core.auth.TokenMinter.class);
        var tokens = new dev.webinarops.core.auth.TokenManager(() -> config, cache, minter, clock);
        assertEquals(dev.webinarops.core.auth.TokenStatus.State.NONE, tokens.status().state());
        org.mockito.Mockito.when(minter.mint(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.anyString()))
                .thenAnswer(inv -> new dev.webinarops.core.auth.AccessToken("t1", Instant.parse("2026-01-01T11:59:00Z"),
                        inv.getArgument(1)));
        tokens.forceRefresh();
        var status = tokens.status();
        assertEquals(dev.webinarops.core.auth.TokenStatus.State.EXPIRED, status.state());
        assertEquals(0L, status.minutesRemaining());
    }

    private static User user(String id, String email, String first, String last) {
        return new User(id, email, first, last, 2, "active", null, null, null, null, null, null);
    }
}
