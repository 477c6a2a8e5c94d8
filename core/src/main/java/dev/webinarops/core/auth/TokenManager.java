package dev.webinarops.core.auth;

import dev.webinarops.core.config.ZoomConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out access tokens. Refreshes 5 minutes before expiry; single-flight: concurrent callers on a
 * cold cache wait for one mint (an in-process lock, then the cache's cross-process lock, then a
 * re-read, so a token another process just minted is reused).
 */
public final class TokenManager {
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(TokenManager.class);

    private final Supplier<ZoomConfig> config;
    private final TokenCache cache;
    private final TokenMinter minter;
    private final Clock clock;
    private final ReentrantLock mintLock = new ReentrantLock();
    private volatile AccessToken current;
    private volatile OwnerKey ownerKey;

    public TokenManager(Supplier<ZoomConfig> config, TokenCache cache, TokenMinter minter, Clock clock) {
        this.config = Objects.requireNonNull(config, "config is null");
        this.cache = Objects.requireNonNull(cache, "cache is null");
        this.minter = Objects.requireNonNull(minter, "minter is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** A token good for at least the refresh margin. */
    public String accessToken() {
        String owner = owner();
        AccessToken token = current;
        if (usable(token, owner)) {
            return token.value();
        }
        return obtain(owner, false).value();
    }

    /** Forgets {@code failedToken} (Zoom said it is invalid) so the next call mints or re-reads. */
    public void invalidate(String failedToken) {
        String owner = owner();
        mintLock.lock();
        try {
            AccessToken token = current;
            if (token != null && token.value().equals(failedToken)) {
                current = null;
            }
            cache.invalidate(owner, failedToken);
        } finally {
            mintLock.unlock();
        }
    }

    /** Mints a new token now, whatever the cache holds. */
    public AccessToken forceRefresh() {
        return obtain(owner(), true);
    }

    public TokenStatus status() {
        String owner;
        try {
            owner = owner();
        } catch (RuntimeException e) {
            return new TokenStatus(TokenStatus.State.NONE, null, null, null);
        }
        AccessToken token = current;
        if (token == null || !token.owner().equals(owner)) {
            token = cache.load(owner).orElse(null);
        }
        if (token == null) {
            return new TokenStatus(TokenStatus.State.NONE, null, null, null);
        }
        Instant now = clock.instant();
        long minutes = Duration.between(now, token.expiresAt()).toMinutes();
        TokenStatus.State state = !token.expiresAt().isAfter(now) ? TokenStatus.State.EXPIRED
                : usable(token, owner) ? TokenStatus.State.VALID : TokenStatus.State.EXPIRING;
        return new TokenStatus(state, token.expiresAt(), token.expiresAt().atZone(config.get().displayZone()),
                Math.max(0, minutes));
    }

    private AccessToken obtain(String owner, boolean force) {
        mintLock.lock();
        try {
            AccessToken token = current;
            if (!force && usable(token, owner)) {
                return token;
            }
            AccessToken fresh = cache.withLock(() -> {
                if (!force) {
                    AccessToken cached = cache.load(owner).orElse(null);
                    if (usable(cached, owner)) {
                        return cached;
                    }
                }
                AccessToken minted = minter.mint(config.get(), owner);
                cache.store(minted);
                log.info("Minted a Zoom access token valid until {}", minted.expiresAt());
                return minted;
            });
            current = fresh;
            return fresh;
        } finally {
            mintLock.unlock();
        }
    }

    private boolean usable(AccessToken token, String owner) {
        return token != null && token.owner().equals(owner)
                && token.expiresAt().minus(REFRESH_MARGIN).isAfter(clock.instant());
    }

    private String owner() {
        ZoomConfig.ZoomCredentials c = config.get().credentials();
        URI tokenUrl = config.get().tokenUrl();
        OwnerKey key = ownerKey;
        if (key != null && key.credentials().equals(c) && key.tokenUrl().equals(tokenUrl)) {
            return key.owner(); // every call asks; hash only when the credentials change
        }
        String owner = hashOwner(c, tokenUrl);
        ownerKey = new OwnerKey(c, tokenUrl, owner);
        return owner;
    }

    private record OwnerKey(ZoomConfig.ZoomCredentials credentials, URI tokenUrl, String owner) {}

    private static String hashOwner(ZoomConfig.ZoomCredentials c, URI tokenUrl) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            // The secret is part of the identity: changed credentials must not reuse the old app's token.
            byte[] hash = digest.digest((c.accountId() + "\n" + c.clientId() + "\n" + c.clientSecret().reveal() + "\n"
                    + tokenUrl)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
