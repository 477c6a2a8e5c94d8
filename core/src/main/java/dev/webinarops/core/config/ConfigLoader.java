package dev.webinarops.core.config;

import dev.webinarops.core.api.ZoomApiException.ConfigurationError;
import io.github.cdimascio.dotenv.Dotenv;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the Zoom settings from the environment, falling back to a {@code .env} file in the working
 * directory (the environment wins), as the original Python server did.
 */
public final class ConfigLoader {
    public static final String ACCOUNT_ID = "ZOOM_ACCOUNT_ID";
    public static final String CLIENT_ID = "ZOOM_CLIENT_ID";
    public static final String CLIENT_SECRET = "ZOOM_CLIENT_SECRET";
    public static final String API_BASE_URL = "ZOOM_API_BASE_URL";
    public static final String TOKEN_URL = "ZOOM_OAUTH_TOKEN_URL";
    public static final String PLAN = "ZOOM_PLAN";
    public static final String TOKEN_CACHE = "ZOOM_TOKEN_CACHE";
    public static final String TOKEN_CACHE_FILE = "ZOOM_TOKEN_CACHE_FILE";
    public static final String DISPLAY_TIMEZONE = "ZOOM_DISPLAY_TIMEZONE";

    private ConfigLoader() {}

    /** The process environment overlaid on {@code .env} from the working directory. */
    public static Map<String, String> environment() {
        return environment(Path.of("."), System.getenv());
    }

    /** {@code env} overlaid on the {@code .env} file in {@code directory}. */
    public static Map<String, String> environment(Path directory, Map<String, String> env) {
        Map<String, String> merged = new HashMap<>();
        Dotenv dotenv = Dotenv.configure().directory(directory.toString()).ignoreIfMissing().ignoreIfMalformed().load();
        dotenv.entries(Dotenv.Filter.DECLARED_IN_ENV_FILE).forEach(e -> merged.put(e.getKey(), e.getValue()));
        merged.putAll(env);
        return merged;
    }

    public static ZoomConfig load() {
        return fromMap(environment());
    }

    public static ZoomConfig fromMap(Map<String, String> env) {
        Optional<ZoomConfig.ZoomCredentials> credentials = credentials(env);
        URI apiBase = uri(env, API_BASE_URL, ZoomConfig.DEFAULT_API_BASE_URL);
        URI tokenUrl = uri(env, TOKEN_URL, ZoomConfig.DEFAULT_TOKEN_URL);
        ZoomPlan plan;
        try {
            plan = ZoomPlan.parse(value(env, PLAN).orElse("pro"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(e.getMessage());
        }
        return new ZoomConfig(credentials, apiBase, tokenUrl, plan, tokenCache(env), zone(env),
                ZoomConfig.RetrySettings.defaults(), Duration.ofSeconds(30));
    }

    private static Optional<ZoomConfig.ZoomCredentials> credentials(Map<String, String> env) {
        Optional<String> account = value(env, ACCOUNT_ID);
        Optional<String> client = value(env, CLIENT_ID);
        Optional<String> secret = value(env, CLIENT_SECRET);
        if (account.isEmpty() && client.isEmpty() && secret.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder missing = new StringBuilder();
        if (account.isEmpty()) missing.append(' ').append(ACCOUNT_ID);
        if (client.isEmpty()) missing.append(' ').append(CLIENT_ID);
        if (secret.isEmpty()) missing.append(' ').append(CLIENT_SECRET);
        if (!missing.isEmpty()) {
            throw new ConfigurationError("Zoom credentials are incomplete; missing:" + missing);
        }
        return Optional.of(new ZoomConfig.ZoomCredentials(account.get(), client.get(), new Secret(secret.get())));
    }

    private static ZoomConfig.TokenCacheSettings tokenCache(Map<String, String> env) {
        String kind = value(env, TOKEN_CACHE).orElse("file");
        if (kind.equalsIgnoreCase("memory")) {
            return ZoomConfig.TokenCacheSettings.memory();
        }
        if (!kind.equalsIgnoreCase("file")) {
            throw new ConfigurationError(TOKEN_CACHE + " must be 'file' or 'memory', not '" + kind + "'");
        }
        Path file = value(env, TOKEN_CACHE_FILE).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".cache", "webinarops", "zoom-token.json"));
        return ZoomConfig.TokenCacheSettings.file(file);
    }

    private static ZoneId zone(Map<String, String> env) {
        String zone = value(env, DISPLAY_TIMEZONE).orElse(ZoomConfig.DEFAULT_DISPLAY_ZONE.getId());
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ConfigurationError(DISPLAY_TIMEZONE + " is not a time zone: '" + zone + "'");
        }
    }

    private static URI uri(Map<String, String> env, String key, URI fallback) {
        Optional<String> v = value(env, key);
        if (v.isEmpty()) {
            return fallback;
        }
        try {
            URI uri = URI.create(v.get());
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                throw new IllegalArgumentException("not http(s)");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(key + " is not an http(s) URL: '" + v.get() + "'");
        }
    }

    private static Optional<String> value(Map<String, String> env, String key) {
        String v = env.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
