package dev.webinarops.slack;

import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.webinarops.core.CoreModule;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.config.ConfigLoader;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.sandbox.Sandbox;
import dev.webinarops.slack.app.WebinarSlackApp;
import dev.webinarops.slack.config.SlackSettings;
import dev.webinarops.slack.config.SlackSettingsLoader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Starts the Slack app: {@code java -jar webinarops-slack-app-all.jar [--sandbox]}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        List<String> options = List.of(args);
        for (String a : options) {
            if (!a.equals("--sandbox")) {
                fail("unknown option '" + a + "'; usage: slack-app [--sandbox]");
            }
        }
        boolean sandboxMode = options.contains("--sandbox");
        Sandbox sandbox = null;
        WebinarSlackApp app;
        try {
            Map<String, String> env = ConfigLoader.environment();
            SlackSettings slack = SlackSettingsLoader.fromMap(env);
            ZoomConfig zoom = ConfigLoader.fromMap(env);
            if (sandboxMode) {
                sandbox = Sandbox.start(zoom);
                zoom = sandbox.config();
                System.err.println("sandbox: Zoom simulator at " + zoom.apiBaseUrl());
            } else {
                zoom.credentials(); // fails with one clear line when they are missing
            }
            Injector injector = Guice.createInjector(new CoreModule(zoom), new SlackAppModule(slack));
            app = injector.getInstance(WebinarSlackApp.class);
            app.start();
        } catch (ZoomApiException.ConfigurationError | IllegalArgumentException | java.io.IOException e) {
            closeQuietly(sandbox);
            fail(e.getMessage());
            return;
        } catch (Exception e) {
            closeQuietly(sandbox);
            fail("could not start: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Sandbox finalSandbox = sandbox;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            closeQuietly(finalSandbox);
            stopped.countDown();
        }, "shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Sandbox sandbox) {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static void fail(String message) {
        System.err.println("slack-app: " + message);
        System.exit(2);
    }
}
