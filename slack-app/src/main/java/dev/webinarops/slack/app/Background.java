package dev.webinarops.slack.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where work runs after the ack: Zoom calls and the Slack calls that report their outcome.
 *
 * <p>Work handed over while an envelope is being handled is held until {@link #release()}, which the
 * Socket Mode runner calls after sending the ack, so no Zoom or Slack call can start before the ack.
 * Slack calls that must be prompt ({@code views.open}: a trigger_id lives 3 seconds) run on their own
 * small pool, never queued behind Zoom work.
 */
public final class Background implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Background.class);
    private static final int PROMPT_THREADS = 4;

    private final ExecutorService executor;
    private final ExecutorService prompt;
    private final ThreadLocal<List<Runnable>> held = new ThreadLocal<>();

    public Background(int threads) {
        this.executor = pool(threads, 10_000, "zoom-work-");
        this.prompt = pool(PROMPT_THREADS, 1_000, "slack-prompt-");
    }

    private static ExecutorService pool(int threads, int queue, String prefix) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} later; a failure is logged, never thrown at the caller (who has already acked). */
    public void run(String what, Runnable task) {
        submit(executor, what, task);
    }

    /** Like {@link #run}, on the pool that only runs short Slack calls, so it starts at once after the ack. */
    public void runPromptly(String what, Runnable task) {
        submit(prompt, what, task);
    }

    /**
     * Starts {@code task} now, not held until the ack: only for the rare answer that must be in the ack
     * itself (a select's options), whose caller waits a bounded time for it.
     */
    public <T> CompletableFuture<T> supplyNow(Supplier<T> task) {
        try {
            return CompletableFuture.supplyAsync(task, prompt);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** From now until {@link #release()}, work handed over on this thread waits. */
    public void hold() {
        held.set(new ArrayList<>());
    }

    /** Starts the work held since {@link #hold()} on this thread (call it once the ack is sent). */
    public void release() {
        List<Runnable> tasks = held.get();
        held.remove();
        if (tasks != null) {
            tasks.forEach(Runnable::run);
        }
    }

    private void submit(ExecutorService pool, String what, Runnable task) {
        Runnable start = () -> execute(pool, what, task);
        List<Runnable> h = held.get();
        if (h != null) {
            h.add(start);
        } else {
            start.run();
        }
    }

    private static void execute(ExecutorService pool, String what, Runnable task) {
        try {
            pool.execute(() -> {
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
        prompt.shutdown();
        executor.shutdown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try {
            for (ExecutorService pool : List.of(prompt, executor)) {
                if (!pool.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    int dropped = pool.shutdownNow().size();
                    if (dropped > 0) {
                        log.warn("shutting down: {} queued task(s) not started", dropped);
                    }
                    if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                        log.warn("shutting down: some work did not stop within 5 s of being interrupted");
                    }
                }
            }
        } catch (InterruptedException e) {
            prompt.shutdownNow();
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
