package dev.webinarops.slack.store;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit log of every change: who, what, when, result. */
public final class Audit {
    private static final Logger log = LoggerFactory.getLogger(Audit.class);

    private final AppStore store;
    private final Clock clock;

    public Audit(AppStore store, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    public void record(String slackUser, String action, String target, String result) {
        log.info("audit: {} {} {} -> {}", slackUser, action, target, result);
        try {
            store.audit(clock.instant(), slackUser, action, target, result);
        } catch (RuntimeException e) {
            log.error("could not write the audit log: {}", e.getMessage());
        }
    }
}
