package dev.webinarops.slack.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.core.api.ZoomApiException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackSettingsLoaderTest {
    private static final Map<String, String> OK = Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1",
            "SLACK_ADMIN_USERS", "U1, U2", "SLACK_WATCH_POLL_SECONDS", "30");

    @Test
    void readsTheEnvironment() {
        SlackSettings s = SlackSettingsLoader.fromMap(OK);
        assertEquals(Set.of("U1", "U2"), s.adminUsers());
        assertEquals(Duration.ofSeconds(30), s.pollInterval());
        assertEquals("https://slack.com/api/", s.apiBaseUrl().toString());
        assertFalse(s.toString().contains("xoxb-1"), "tokens never print");
    }

    @Test
    void missingTokensFailWithOneClearLine() {
        var e = assertThrows(ZoomApiException.ConfigurationError.class,
                () -> SlackSettingsLoader.fromMap(Map.of("SLACK_ADMIN_USERS", "U1")));
        assertTrue(e.getMessage().contains("SLACK_BOT_TOKEN and SLACK_APP_TOKEN"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        var bad = assertThrows(ZoomApiException.ConfigurationError.class, () -> SlackSettingsLoader.fromMap(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xoxb-2", "SLACK_ADMIN_USERS", "U1")));
        assertTrue(bad.getMessage().contains("xapp"));
    }

    @Test
    void someoneMustBeAnAdminAndNumbersMustBeSane() {
        assertThrows(ZoomApiException.ConfigurationError.class, () -> SlackSettingsLoader.fromMap(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1")));
        var e = assertThrows(ZoomApiException.ConfigurationError.class, () -> SlackSettingsLoader.fromMap(Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1", "SLACK_ADMIN_GROUP", "S1",
                "SLACK_WATCH_POLL_SECONDS", "1")));
        assertTrue(e.getMessage().contains("SLACK_WATCH_POLL_SECONDS"));
    }
}
