package dev.webinarops.slack.config;

import static java.util.Objects.requireNonNull;

import dev.webinarops.core.config.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the Slack app needs besides Zoom, read once at start-up.
 *
 * @param apiBaseUrl Slack's Web API prefix, ending in {@code /} (tests point it at a local fake)
 * @param adminUsers Slack user ids allowed to change things
 * @param adminGroup a Slack user group id whose members may also change things
 * @param storePath the embedded database file, without H2's {@code .mv.db} suffix
 */
public record SlackSettings(Secret botToken, Secret appToken, URI apiBaseUrl, Set<String> adminUsers,
        Optional<String> adminGroup, Duration pollInterval, Path storePath, int concurrency) {

    public static final URI DEFAULT_API_BASE_URL = URI.create("https://slack.com/api/");

    public SlackSettings {
        requireNonNull(botToken, "botToken is null");
        requireNonNull(appToken, "appToken is null");
        requireNonNull(apiBaseUrl, "apiBaseUrl is null");
        adminUsers = Set.copyOf(requireNonNull(adminUsers, "adminUsers is null"));
        requireNonNull(adminGroup, "adminGroup is null");
        requireNonNull(pollInterval, "pollInterval is null");
        requireNonNull(storePath, "storePath is null");
        if (!apiBaseUrl.toString().endsWith("/")) {
            apiBaseUrl = URI.create(apiBaseUrl + "/");
        }
        if (concurrency < 2) {
            throw new IllegalArgumentException("concurrency must be at least 2");
        }
    }

    public SlackSettings withApiBaseUrl(URI url) {
        return new SlackSettings(botToken, appToken, url, adminUsers, adminGroup, pollInterval, storePath, concurrency);
    }

    public SlackSettings withStorePath(Path path) {
        return new SlackSettings(botToken, appToken, apiBaseUrl, adminUsers, adminGroup, pollInterval, path, concurrency);
    }

    public SlackSettings withPollInterval(Duration interval) {
        return new SlackSettings(botToken, appToken, apiBaseUrl, adminUsers, adminGroup, interval, storePath, concurrency);
    }
}
