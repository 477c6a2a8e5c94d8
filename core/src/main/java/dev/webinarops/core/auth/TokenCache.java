package dev.webinarops.core.auth;

import java.util.Optional;
import java.util.function.Supplier;

/** Where minted tokens live between calls (and, for shared stores, between processes). */
public interface TokenCache {
    /** The cached token of this owner, if any; anything unreadable counts as none. */
    Optional<AccessToken> load(String owner);

    void store(AccessToken token);

    /** Drops the cached token if it is still {@code tokenValue} (a newer one is kept). */
    void invalidate(String owner, String tokenValue);

    /**
     * Runs {@code action} holding the cache's cross-process lock, so only one process mints at a time.
     * In-process exclusion is the caller's job.
     */
    <T> T withLock(Supplier<T> action);
}
