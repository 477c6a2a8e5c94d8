package dev.webinarops.slack.watch;

import static java.util.Objects.requireNonNull;

import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.store.AppStore;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds new pending registrants of watched webinars and posts a card for each. Everything it knows is in
 * the store, so a restart neither repeats cards nor misses registrants who arrived while it was down.
 */
public final class WatchPoller implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WatchPoller.class);
    /** A claim older than this never got its card posted (the process died in between): try again. */
    private static final Duration STALE_CLAIM = Duration.ofMinutes(2);

    private final AppStore store;
    private final ApprovalService approvals;
    private final Duration interval;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;

    public WatchPoller(AppStore store, ApprovalService approvals, Duration interval, Clock clock) {
        this.store = requireNonNull(store, "store is null");
        this.approvals = requireNonNull(approvals, "approvals is null");
        this.interval = requireNonNull(interval, "interval is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "watch-poller");
            t.setDaemon(true);
            return t;
        });
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One round over every watch. @return cards posted */
    public int pollOnce() {
        for (AppStore.Card stale : store.unpostedCards(clock.instant().minus(STALE_CLAIM))) {
            store.releaseCard(stale.webinarId(), stale.registrantId(), stale.channel());
        }
        int posted = 0;
        for (AppStore.Watch w : store.watches()) {
            try {
                posted += approvals.postNewCards(w);
            } catch (RuntimeException e) {
                log.warn("watching webinar {} in {} failed this round: {}", w.webinarId(), w.channel(), e.getMessage());
            }
        }
        return posted;
    }

    private void pollSafely() {
        try {
            int posted = pollOnce();
            if (posted > 0) {
                log.info("posted {} new approval cards", posted);
            }
        } catch (RuntimeException | Error e) {
            // anything escaping here would cancel the schedule silently and watching would stop for good
            log.error("watch poll failed: {}", e.getMessage(), e);
            if (e instanceof VirtualMachineError vm && !(vm instanceof StackOverflowError)) {
                throw vm; // out of memory and the like: nothing sensible to go on with
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
