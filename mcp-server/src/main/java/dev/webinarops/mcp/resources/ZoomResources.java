package dev.webinarops.mcp.resources;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.auth.TokenStatus;
import dev.webinarops.core.config.ConfigLoader;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.model.User;
import dev.webinarops.mcp.InFlightRequests;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code zoom://} resources and templates. None of them ever contains a secret. */
public final class ZoomResources {
    public static final List<String> ENV_VARIABLES = List.of(ConfigLoader.ACCOUNT_ID, ConfigLoader.CLIENT_ID,
            ConfigLoader.CLIENT_SECRET, ConfigLoader.API_BASE_URL, ConfigLoader.TOKEN_URL, ConfigLoader.PLAN,
            ConfigLoader.TOKEN_CACHE, ConfigLoader.TOKEN_CACHE_FILE, ConfigLoader.DISPLAY_TIMEZONE, "MCP_HTTP_TOKEN",
            "ZOOM_MCP_LOG_FILE");
    private static final Pattern WEBINAR = Pattern.compile("zoom://webinars/(\\d+)");
    private static final Pattern REGISTRANTS = Pattern.compile("zoom://webinars/(\\d+)/registrants");
    private static final String JSON = "application/json";

    private final Supplier<Zoom> zoom;
    private final ObjectMapper mapper;
    private final Supplier<Map<String, String>> environment;
    private final boolean sandbox;

    private final InFlightRequests inFlight;

    public ZoomResources(Supplier<Zoom> zoom, ObjectMapper mapper, Supplier<Map<String, String>> environment, boolean sandbox,
            InFlightRequests inFlight) {
        this.inFlight = requireNonNull(inFlight, "inFlight is null");
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
        this.environment = requireNonNull(environment, "environment is null");
        this.sandbox = sandbox;
    }

    public List<SyncResourceSpecification> resources() {
        return List.of(
                resource("zoom://config", "config", "Zoom configuration",
                        "Endpoints, plan, token cache and time zone in use, and whether credentials are set (never "
                                + "their values).", this::config),
                resource("zoom://token-status", "token-status", "Zoom token status",
                        "Whether an access token is cached and when it expires.", this::tokenStatus),
                resource("zoom://users", "users", "Zoom users",
                        "The account's users, numbered, for choosing a webinar host.", this::users),
                resource("zoom://env-status", "env-status", "Environment variables",
                        "Which configuration variables are set (never their values).", this::envStatus));
    }

    public List<SyncResourceTemplateSpecification> templates() {
        return List.of(
                template("zoom://webinars/{webinarId}", "webinar", "A webinar",
                        "A webinar's details by numeric ID (from list_webinars).", WEBINAR,
                        id -> mapper.valueToTree(zoom.get().webinars().get(id))),
                template("zoom://webinars/{webinarId}/registrants", "webinar-registrants", "A webinar's registrants",
                        "The first 300 registrants of a webinar, all statuses.", REGISTRANTS, this::registrants));
    }

    private SyncResourceSpecification resource(String uri, String name, String title, String description,
            Supplier<Object> content) {
        McpSchema.Resource resource = McpSchema.Resource.builder().uri(uri).name(name).title(title)
                .description(description).mimeType(JSON).build();
        return new SyncResourceSpecification(resource, (exchange, request) -> read(uri, content));
    }

    private SyncResourceTemplateSpecification template(String uriTemplate, String name, String title,
            String description, Pattern pattern, Function<String, Object> content) {
        McpSchema.ResourceTemplate template = McpSchema.ResourceTemplate.builder().uriTemplate(uriTemplate).name(name)
                .title(title).description(description).mimeType(JSON).build();
        return new SyncResourceTemplateSpecification(template, (exchange, request) -> {
            Matcher m = pattern.matcher(request.uri());
            if (!m.matches()) {
                throw new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INVALID_PARAMS,
                        "not a " + uriTemplate + " URI: " + request.uri(), null));
            }
            return read(request.uri(), () -> content.apply(m.group(1)));
        });
    }

    private McpSchema.ReadResourceResult read(String uri, Supplier<Object> content) {
        String text;
        inFlight.enter();
        try {
            text = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(content.get());
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new McpError(new McpSchema.JSONRPCResponse.JSONRPCError(McpSchema.ErrorCodes.INTERNAL_ERROR,
                    "Could not read " + uri + ": " + message, null));
        } finally {
            inFlight.exit();
        }
        return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(uri, JSON, text)));
    }

    private Object config() {
        ZoomConfig c = zoom.get().settings().get();
        ObjectNode out = mapper.createObjectNode();
        out.put("mode", sandbox ? "sandbox" : "zoom");
        out.put("credentials_configured", c.maybeCredentials().isPresent());
        c.maybeCredentials().ifPresent(cr -> out.put("account_id", cr.accountId()));
        out.put("api_base_url", c.apiBaseUrl().toString());
        out.put("oauth_token_url", c.tokenUrl().toString());
        out.put("plan", c.plan().name().toLowerCase());
        out.put("token_cache", c.tokenCache().kind().name().toLowerCase());
        out.put("display_timezone", c.displayZone().getId());
        return out;
    }

    private Object tokenStatus() {
        TokenStatus s = zoom.get().tokens().status();
        ObjectNode out = mapper.createObjectNode();
        out.put("state", s.state().id());
        out.put("expires_at_utc", s.expiresAtUtc() == null ? null : s.expiresAtUtc().toString());
        out.put("expires_at_display", s.expiresAtDisplay() == null ? null : s.expiresAtDisplay().toString());
        if (s.minutesRemaining() != null) out.put("minutes_remaining", s.minutesRemaining());
        return out;
    }

    private Object users() {
        List<User> users = zoom.get().users().all().limit(300).toList();
        ArrayNode list = mapper.createArrayNode();
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            list.addObject().put("number", i + 1).put("id", u.id()).put("email", u.email())
                    .put("name", u.displayName()).put("status", u.status());
        }
        return mapper.createObjectNode().set("users", list);
    }

    private Object envStatus() {
        Map<String, String> env = environment.get();
        ObjectNode out = mapper.createObjectNode();
        for (String name : ENV_VARIABLES) {
            String v = env.get(name);
            out.put(name, v != null && !v.isBlank() ? "set" : "not set");
        }
        return out;
    }

    private Object registrants(String webinarId) {
        long id = Long.parseLong(webinarId);
        ObjectNode out = mapper.createObjectNode();
        out.put("webinar_id", id);
        out.set("registrants", mapper.valueToTree(List.of("pending", "approved", "denied").stream()
                .flatMap(status -> zoom.get().registrants().all(id, status)).limit(300).toList()));
        return out;
    }
}
