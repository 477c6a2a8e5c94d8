package dev.webinarops.slack.config;

import dev.webinarops.core.api.ZoomApiException.ConfigurationError;
import dev.webinarops.core.config.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads {@link SlackSettings} from the environment (and {@code .env}, via the core's loader). */
public final class SlackSettingsLoader {
    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String API_BASE_URL = "SLACK_API_BASE_URL";
    public static final String ADMIN_USERS = "SLACK_ADMIN_USERS";
    public static final String ADMIN_GROUP = "SLACK_ADMIN_GROUP";
    public static final String POLL_INTERVAL = "SLACK_WATCH_POLL_SECONDS";
    public static final String STORE_PATH = "SLACK_STORE_PATH";
    public static final String CONCURRENCY = "SLACK_CONCURRENCY";

    private SlackSettingsLoader() {}

    public static SlackSettings fromMap(Map<String, String> env) {
        Optional<String> bot = value(env, BOT_TOKEN);
        Optional<String> app = value(env, APP_TOKEN);
        if (bot.isEmpty() || app.isEmpty()) {
            String missing = (bot.isEmpty() ? BOT_TOKEN : "") + (bot.isEmpty() && app.isEmpty() ? " and " : "")
                    + (app.isEmpty() ? APP_TOKEN : "");
            throw new ConfigurationError("Slack tokens are missing: set " + missing
                    + " (the bot token xoxb-... and the app-level token xapp-... with connections:write)");
        }
        if (!app.get().startsWith("xapp-")) {
            throw new ConfigurationError(APP_TOKEN + " must be an app-level token (xapp-...)");
        }
        URI base;
        String rawBase = value(env, API_BASE_URL).orElse(SlackSettings.DEFAULT_API_BASE_URL.toString());
        try {
            base = URI.create(rawBase);
            if (base.getScheme() == null || !base.getScheme().startsWith("http")) {
                throw new IllegalArgumentException("not http(s)");
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(API_BASE_URL + " is not an http(s) URL: '" + rawBase + "'");
        }
        Set<String> admins = value(env, ADMIN_USERS).map(v -> Arrays.stream(v.split("[,\\s]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet())).orElse(Set.of());
        Optional<String> group = value(env, ADMIN_GROUP);
        if (admins.isEmpty() && group.isEmpty()) {
            throw new ConfigurationError("nobody may change anything: set " + ADMIN_USERS + " (Slack user ids) and/or "
                    + ADMIN_GROUP + " (a user group id)");
        }
        Duration poll = Duration.ofSeconds(integer(env, POLL_INTERVAL, 60, 5, 86_400));
        Path store = value(env, STORE_PATH).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".local", "share", "webinarops", "slack-app"));
        int concurrency = integer(env, CONCURRENCY, 16, 2, 256);
        return new SlackSettings(new Secret(bot.get()), new Secret(app.get()), base, admins, group, poll, store,
                concurrency);
    }

    private static int integer(Map<String, String> env, String key, int fallback, int min, int max) {
        Optional<String> v = value(env, key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigurationError(key + " must be a whole number from " + min + " to " + max + ", not '" + v.get() + "'");
        }
    }

    private static Optional<String> value(Map<String, String> env, String key) {
        String v = env.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
