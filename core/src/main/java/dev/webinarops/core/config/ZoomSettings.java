package dev.webinarops.core.config;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The live configuration. Credentials may be replaced at run time (e.g. by an MCP "configure" tool). */
public final class ZoomSettings implements Supplier<ZoomConfig> {
    private final AtomicReference<ZoomConfig> current;

    public ZoomSettings(ZoomConfig initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial is null"));
    }

    @Override
    public ZoomConfig get() {
        return current.get();
    }

    public ZoomConfig update(UnaryOperator<ZoomConfig> change) {
        return current.updateAndGet(change);
    }
}
