package dev.webinarops.core;

import dev.webinarops.core.auth.TokenManager;
import dev.webinarops.core.config.ZoomSettings;
import dev.webinarops.core.http.ZoomHttpExecutor;
import dev.webinarops.core.service.BrandingService;
import dev.webinarops.core.service.PanelistService;
import dev.webinarops.core.service.PollService;
import dev.webinarops.core.service.RegistrantService;
import dev.webinarops.core.service.ReportService;
import dev.webinarops.core.service.UserService;
import dev.webinarops.core.service.WebinarService;
import jakarta.inject.Inject;

/** Everything the apps use of Zoom, in one injectable place. */
public record Zoom(ZoomSettings settings, TokenManager tokens, ZoomHttpExecutor executor, UserService users,
        WebinarService webinars, RegistrantService registrants, PanelistService panelists, PollService polls,
        BrandingService branding, ReportService reports) {

    @Inject
    public Zoom {
        java.util.Objects.requireNonNull(settings, "settings is null");
        java.util.Objects.requireNonNull(tokens, "tokens is null");
        java.util.Objects.requireNonNull(executor, "executor is null");
        java.util.Objects.requireNonNull(users, "users is null");
        java.util.Objects.requireNonNull(webinars, "webinars is null");
        java.util.Objects.requireNonNull(registrants, "registrants is null");
        java.util.Objects.requireNonNull(panelists, "panelists is null");
        java.util.Objects.requireNonNull(polls, "polls is null");
        java.util.Objects.requireNonNull(branding, "branding is null");
        java.util.Objects.requireNonNull(reports, "reports is null");
    }
}
