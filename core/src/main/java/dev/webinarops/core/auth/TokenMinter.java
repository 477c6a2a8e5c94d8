package dev.webinarops.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.config.ZoomConfig;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;

/** Mints Server-to-Server OAuth tokens with the {@code account_credentials} grant. */
public final class TokenMinter {
    private final Supplier<HttpClient> http;
    private final ObjectMapper mapper;
    private final Clock clock;

    /** {@code http} is asked for on first use: building a client (TLS set-up) costs start-up time. */
    public TokenMinter(Supplier<HttpClient> http, ObjectMapper mapper, Clock clock) {
        this.http = Objects.requireNonNull(http, "http is null");
        this.mapper = Objects.requireNonNull(mapper, "mapper is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    public AccessToken mint(ZoomConfig config, String owner) {
        ZoomConfig.ZoomCredentials credentials = config.credentials();
        String basic = Base64.getEncoder().encodeToString(
                (credentials.clientId() + ":" + credentials.clientSecret().reveal()).getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=account_credentials&account_id="
                + URLEncoder.encode(credentials.accountId(), StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(config.tokenUrl())
                .timeout(config.requestTimeout())
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.get().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ZoomApiException.Unavailable("Could not reach Zoom's token endpoint " + config.tokenUrl()
                    + " (" + e.getClass().getSimpleName() + "); check the network or ZOOM_OAUTH_TOKEN_URL", 0, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ZoomApiException.Unavailable("Interrupted while requesting a Zoom access token", 0, null, e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() / 100 != 2) {
            String reason = body.path("reason").asText(body.path("error").asText("no reason given"));
            if (response.statusCode() >= 500) {
                throw new ZoomApiException.Unavailable("Zoom's token endpoint answered " + response.statusCode()
                        + ": " + reason, response.statusCode(), null, null);
            }
            throw new ZoomApiException.AuthenticationFailed("Zoom refused to issue an access token (" + reason
                    + "): check ZOOM_ACCOUNT_ID, ZOOM_CLIENT_ID and ZOOM_CLIENT_SECRET, and that the "
                    + "Server-to-Server OAuth app is activated", response.statusCode(), 0, null);
        }
        String token = body.path("access_token").asText(null);
        if (token == null || token.isBlank()) {
            throw new ZoomApiException.AuthenticationFailed(
                    "Zoom's token endpoint answered without an access_token", response.statusCode(), 0, null);
        }
        long expiresIn = body.path("expires_in").asLong(3600);
        return new AccessToken(token, clock.instant().plusSeconds(expiresIn), owner);
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = mapper.readTree(body);
            return node == null ? mapper.createObjectNode() : node;
        } catch (IOException e) {
            return mapper.createObjectNode();
        }
    }
}
