package dev.webinarops.slack.app;

import com.slack.api.util.thread.DaemonThreadExecutorServiceProvider;
import com.slack.api.util.thread.ExecutorServiceProvider;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The SDK's executors, remembered so that they can be shut down: in SDK 1.51 {@code SocketModeClient.close()}
 * leaves the Tyrus client's session-cleaner pool running (it is created by the first connection refresh).
 */
public final class SlackExecutors implements ExecutorServiceProvider, AutoCloseable {
    private final ExecutorServiceProvider delegate = DaemonThreadExecutorServiceProvider.getInstance();
    private final List<ExecutorService> created = new CopyOnWriteArrayList<>();

    @Override
    public ExecutorService createThreadPoolExecutor(String threadGroupName, int poolSize) {
        ExecutorService e = delegate.createThreadPoolExecutor(threadGroupName, poolSize);
        created.add(e);
        return e;
    }

    @Override
    public ScheduledExecutorService createThreadScheduledExecutor(String threadGroupName) {
        ScheduledExecutorService e = delegate.createThreadScheduledExecutor(threadGroupName);
        created.add(e);
        return e;
    }

    /** Stops every executor the SDK made through this provider (call after the client is closed). */
    @Override
    public void close() {
        created.forEach(ExecutorService::shutdownNow);
        created.clear();
    }
}
