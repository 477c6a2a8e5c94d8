package dev.webinarops.core.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Keeps the token in this process only. */
public final class InMemoryTokenCache implements TokenCache {
    private final AtomicReference<AccessToken> token = new AtomicReference<>();

    @Override
    public Optional<AccessToken> load(String owner) {
        return Optional.ofNullable(token.get()).filter(t -> t.owner().equals(owner));
    }

    @Override
    public void store(AccessToken value) {
        token.set(value);
    }

    @Override
    public void invalidate(String owner, String tokenValue) {
        token.updateAndGet(t -> t != null && t.owner().equals(owner) && t.value().equals(tokenValue) ? null : t);
    }

    @Override
    public <T> T withLock(Supplier<T> action) {
        return action.get();
    }
}
