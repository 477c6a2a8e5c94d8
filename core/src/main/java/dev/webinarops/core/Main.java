package dev.webinarops.core;

import com.google.inject.Guice;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.auth.TokenStatus;
import dev.webinarops.core.config.ConfigLoader;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.core.model.RegistrantInput;
import dev.webinarops.core.model.User;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.core.model.WebinarInput;
import dev.webinarops.core.model.WebinarSettings;
import dev.webinarops.core.sandbox.Sandbox;
import dev.webinarops.core.service.UserDirectory;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * The core's smoke run: checks credentials and shows users, webinars and token status. With no
 * credentials (or {@code --sandbox}) it runs against the embedded Zoom simulator and also walks a
 * whole registration flow there; against real Zoom it only reads.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PrintStream out = System.out;
        try {
            ZoomConfig config = ConfigLoader.load();
            boolean sandbox = Arrays.asList(args).contains("--sandbox") || config.maybeCredentials().isEmpty();
            if (sandbox) {
                out.println("No Zoom credentials given (or --sandbox): using the embedded Zoom simulator.");
                try (Sandbox box = Sandbox.start(config)) {
                    run(Guice.createInjector(new CoreModule(box.config())).getInstance(Zoom.class), true, out);
                }
            } else {
                run(Guice.createInjector(new CoreModule(config)).getInstance(Zoom.class), false, out);
            }
        } catch (ZoomApiException e) {
            System.err.println("webinarops: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(Zoom zoom, boolean sandbox, PrintStream out) {
        out.println("Zoom API: " + zoom.settings().get().apiBaseUrl());
        List<User> users = zoom.users().all().limit(50).toList();
        UserDirectory directory = new UserDirectory(users);
        out.println("Users:");
        directory.numberedLines().forEach(line -> out.println("  " + line));
        if (users.isEmpty()) {
            out.println("No users on this account.");
            return;
        }
        User host = directory.resolve("1");
        List<Webinar> webinars = zoom.webinars().list(host.id(), "upcoming", 30, null).items();
        out.println("Upcoming webinars of " + host.email() + ": " + webinars.size());
        webinars.forEach(w -> out.println("  " + w.id() + "  " + w.startTime() + "  " + w.topic()));
        if (sandbox) {
            Instant start = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.HOURS);
            Webinar created = zoom.webinars().create(host.id(), WebinarInput.scheduled("Smoke-run webinar", start, 60,
                    "UTC").withSettings(WebinarSettings.approval(1)));
            out.println("Created webinar " + created.id() + " (" + created.joinUrl() + ")");
            for (int i = 1; i <= 3; i++) {
                zoom.registrants().add(created.id(), RegistrantInput.of("guest" + i + "@example.com", "Guest", "No. " + i),
                        null);
            }
            var result = zoom.registrants().decideAllPending(created.id(), RegistrantAction.APPROVE, null);
            out.println("Approved " + result.count() + " pending registrants; approved now: "
                    + zoom.registrants().all(created.id(), "approved").count());
        }
        TokenStatus status = zoom.tokens().status();
        out.println("Token: " + status.state().id() + ", expires " + status.expiresAtDisplay() + " ("
                + status.minutesRemaining() + " min left)");
    }
}
