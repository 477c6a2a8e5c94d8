package dev.webinarops.slack.app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where work runs after the ack: Zoom calls and the Slack calls that report their outcome. */
public final class Background implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Background.class);

    private final ExecutorService executor;

    public Background(int threads) {
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000),
                r -> {
                    Thread t = new Thread(r, "zoom-work-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Runs {@code task} later; a failure is logged, never thrown at the caller (who has already acked). */
    public void run(String what, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("{} failed: {}", what, e.getMessage(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.error("{} dropped: the work queue is full or shut down", what);
        }
    }

    /**
     * Lets queued work finish for up to 10 s, then interrupts what is left and waits for it to stop, so
     * nothing still running touches the store or the Slack client after they are closed.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                int dropped = executor.shutdownNow().size();
                if (dropped > 0) {
                    log.warn("shutting down: {} queued task(s) not started", dropped);
                }
                if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                    log.warn("shutting down: some work did not stop within 5 s of being interrupted");
                }
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
