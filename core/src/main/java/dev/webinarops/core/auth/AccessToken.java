package dev.webinarops.core.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A minted access token. {@code owner} identifies the account and client it belongs to (a hash, not
 * the credentials) so a cache shared on one host never hands one app another app's token.
 */
public record AccessToken(String value, Instant expiresAt, String owner) {
    public AccessToken {
        Objects.requireNonNull(value, "value is null");
        Objects.requireNonNull(expiresAt, "expiresAt is null");
        Objects.requireNonNull(owner, "owner is null");
    }

    @Override
    public String toString() {
        return "AccessToken[expiresAt=" + expiresAt + "]";
    }
}
