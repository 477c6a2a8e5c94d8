package dev.webinarops.mcp.tools;

import static dev.webinarops.mcp.tools.Schemas.*;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.auth.TokenStatus;
import dev.webinarops.core.config.ConfigLoader;
import dev.webinarops.core.config.Secret;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.mcp.ServerOptions;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The original server's account tools: credentials (kept in memory only) and the access token. */
public final class AccountTools {
    private final Supplier<Zoom> zoom;
    private final ObjectMapper mapper;
    private final Supplier<Map<String, String>> environment;

    /** {@code zoom} is resolved on first use, so listing tools never waits for the HTTP client to start. */
    public AccountTools(Supplier<Zoom> zoom, ObjectMapper mapper, Supplier<Map<String, String>> environment) {
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.environment = requireNonNull(environment, "environment is null");
    }

    static final Map<String, Object> TOKEN_STATUS_SCHEMA = output(props(
            "state", Map.of("type", "string", "enum", List.of("valid", "expiring", "expired", "none"),
                    "description", "valid; expiring (within 5 minutes); expired; none (no token yet)"),
            "credentials_configured", bool("Whether Zoom credentials are set"),
            "expires_at_utc", nullableString("Expiry in UTC (ISO 8601)"),
            "expires_at_display", nullableString("Expiry in the display time zone"),
            "minutes_remaining", Map.of("type", List.of("integer", "null"), "description", "Minutes until expiry")),
            "state", "credentials_configured");

    public List<ToolDefinition> all() {
        String account = ServerOptions.ACCOUNT_TOOLSET;
        return List.of(
                new ToolDefinition("configure_zoom", "Configure Zoom credentials",
                        "Set the Zoom Server-to-Server OAuth credentials for this session (kept in memory only, "
                                + "never written to disk or echoed back) and check them by fetching a token. Use when "
                                + "get_token_status says credentials are not configured. The values come from the "
                                + "app's page in the Zoom App Marketplace.",
                        account, false, false, true, false, true,
                        object(props("account_id", string("The app's Account ID"),
                                "client_id", string("The app's Client ID"),
                                "client_secret", string("The app's Client Secret (never shown again)")),
                                "account_id", "client_id", "client_secret"),
                        null, null, (args, ctx) -> configure(new ZoomConfig.ZoomCredentials(
                                args.requireString("account_id"), args.requireString("client_id"),
                                new Secret(args.requireString("client_secret"))), "the given credentials")),
                new ToolDefinition("auto_configure_zoom", "Configure Zoom from the environment",
                        "Load Zoom credentials from ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET (process "
                                + "environment or a .env file in the server's working directory) and check them by "
                                + "fetching a token.",
                        account, false, false, true, false, true, object(props()), null, null,
                        (args, ctx) -> autoConfigure()),
                new ToolDefinition("get_token_status", "Get the Zoom token status",
                        "Show whether an access token is cached and when it expires (never the token itself).",
                        account, true, false, true, false, false, object(props()), TOKEN_STATUS_SCHEMA, null,
                        (args, ctx) -> status("Token status")),
                new ToolDefinition("refresh_token", "Refresh the Zoom access token",
                        "Fetch a fresh access token now (e.g. after changing the app's scopes in the Marketplace, "
                                + "so the new scopes apply).",
                        account, false, false, true, false, true, object(props()), TOKEN_STATUS_SCHEMA, null,
                        (args, ctx) -> {
                            zoom.get().tokens().forceRefresh();
                            return status("Fetched a new access token");
                        }));
    }

    private ToolDefinition.ToolOutput autoConfigure() {
        Map<String, String> env = environment.get();
        ZoomConfig fromEnv;
        try {
            fromEnv = ConfigLoader.fromMap(env);
        } catch (ZoomApiException.ConfigurationError e) {
            throw e;
        }
        if (fromEnv.maybeCredentials().isEmpty()) {
            if (zoom.get().settings().get().maybeCredentials().isPresent()) {
                return status("No ZOOM_* credentials in the environment or .env; keeping the credentials already "
                        + "configured");
            }
            throw new ZoomApiException.ConfigurationError("No Zoom credentials found: set ZOOM_ACCOUNT_ID, "
                    + "ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET in the environment or .env, or call configure_zoom");
        }
        return configure(fromEnv.credentials(), "credentials from the environment");
    }

    private ToolDefinition.ToolOutput configure(ZoomConfig.ZoomCredentials credentials, String source) {
        Zoom z = zoom.get();
        ZoomConfig previous = z.settings().get();
        z.settings().update(c -> c.withCredentials(credentials));
        try {
            z.tokens().forceRefresh();
        } catch (ZoomApiException e) {
            z.settings().update(c -> previous);
            throw new ZoomApiException(e.getMessage() + " — the previous configuration is kept", e.httpStatus(),
                    e.zoomCode(), e.operationId());
        }
        return status("Zoom is configured with " + source + "."); // the credentials themselves are never echoed
    }

    private ToolDefinition.ToolOutput status(String headline) {
        TokenStatus s = zoom.get().tokens().status();
        ObjectNode node = mapper.createObjectNode();
        node.put("state", s.state().id());
        node.put("credentials_configured", zoom.get().settings().get().maybeCredentials().isPresent());
        node.put("expires_at_utc", s.expiresAtUtc() == null ? null : s.expiresAtUtc().toString());
        node.put("expires_at_display", s.expiresAtDisplay() == null ? null : s.expiresAtDisplay().toString());
        if (s.minutesRemaining() == null) node.putNull("minutes_remaining");
        else node.put("minutes_remaining", s.minutesRemaining());
        String text = headline + ". Token: " + s.state().id()
                + (s.expiresAtDisplay() == null ? "" : ", expires " + s.expiresAtDisplay() + " ("
                + s.minutesRemaining() + " min left)")
                + (node.get("credentials_configured").asBoolean() ? "" : ". Credentials are not configured.");
        return new ToolDefinition.ToolOutput(text, node);
    }
}
