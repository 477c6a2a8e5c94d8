package dev.webinarops.slack;

import static java.util.Objects.requireNonNull;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.name.Named;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.methods.MethodsClient;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.slack.actions.ApproveAllAction;
import dev.webinarops.slack.actions.DecisionAction;
import dev.webinarops.slack.actions.DeleteWebinarAction;
import dev.webinarops.slack.actions.MoreResultsAction;
import dev.webinarops.slack.admin.AdminPolicy;
import dev.webinarops.slack.app.Background;
import dev.webinarops.slack.app.SlackExecutors;
import dev.webinarops.slack.app.WebinarSlackApp;
import dev.webinarops.slack.approvals.ApprovalService;
import dev.webinarops.slack.commands.WebinarCommandHandler;
import dev.webinarops.slack.config.SlackSettings;
import dev.webinarops.slack.events.AppHomeOpened;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.store.AppStore;
import dev.webinarops.slack.store.Audit;
import dev.webinarops.slack.store.JdbcAppStore;
import dev.webinarops.slack.submissions.HostSuggestions;
import dev.webinarops.slack.submissions.WebinarFormSubmission;
import dev.webinarops.slack.watch.WatchPoller;
import java.time.Clock;

/** Bindings of the Slack app (the Zoom side comes from {@code CoreModule}). */
public final class SlackAppModule extends AbstractModule {
    // Zoom calls after the ack; Zoom's own rate limits, not this pool, bound the throughput
    private static final int BACKGROUND_THREADS = 16;

    private final SlackSettings settings;

    public SlackAppModule(SlackSettings settings) {
        this.settings = requireNonNull(settings, "settings is null");
    }

    @Override
    protected void configure() {
        bind(SlackSettings.class).toInstance(settings);
        bind(WebinarSlackApp.class).in(Singleton.class);
    }

    @Provides @Singleton
    SlackExecutors slackExecutors() {
        return new SlackExecutors();
    }

    @Provides @Singleton
    Slack slack(SlackExecutors executors) {
        SlackConfig config = new SlackConfig();
        config.setExecutorServiceProvider(executors);
        config.setMethodsEndpointUrlPrefix(settings.apiBaseUrl().toString());
        config.setStatsEnabled(false);
        config.setPrettyResponseLoggingEnabled(false);
        return Slack.getInstance(config);
    }

    @Provides @Singleton
    MethodsClient methods(Slack slack) {
        return slack.methods(settings.botToken().reveal());
    }

    @Provides @Singleton
    App app(Slack slack, SlackExecutors executors) {
        // auth.test runs once, when the app starts; Bolt's default would repeat it every 10 minutes, synchronously,
        // in front of an envelope's ack (-1: keep the first answer). Bolt copies its executor provider onto the
        // Slack config, so it is given the same one.
        return new App(AppConfig.builder().slack(slack).singleTeamBotToken(settings.botToken().reveal())
                .authTestCacheExpirationMillis(-1L).executorServiceProvider(executors).build());
    }

    @Provides @Named("appToken")
    String appToken() {
        return settings.appToken().reveal();
    }

    @Provides @Named("concurrency")
    int concurrency() {
        return settings.concurrency();
    }

    @Provides @Singleton
    AppStore store() {
        return JdbcAppStore.open(settings.storePath());
    }

    @Provides @Singleton
    Background background() {
        return new Background(BACKGROUND_THREADS);
    }

    @Provides @Singleton
    SlackReplies replies(Slack slack, MethodsClient methods) {
        return new SlackReplies(slack, methods);
    }

    @Provides @Singleton
    AdminPolicy admins(MethodsClient methods, Clock clock, Audit audit) {
        return new AdminPolicy(settings, methods, clock, audit);
    }

    @Provides @Singleton
    Audit audit(AppStore store, Clock clock) {
        return new Audit(store, clock);
    }

    @Provides @Singleton
    ApprovalService approvals(Zoom zoom, AppStore store, SlackReplies replies, Audit audit, Clock clock) {
        return new ApprovalService(zoom, store, replies, audit, clock);
    }

    @Provides @Singleton
    WatchPoller poller(AppStore store, ApprovalService approvals, Clock clock) {
        return new WatchPoller(store, approvals, settings.pollInterval(), clock);
    }

    @Provides @Singleton
    WebinarSlackApp.Listeners listeners(Zoom zoom, AppStore store, AdminPolicy admins, ApprovalService approvals,
            SlackReplies replies, Background background, Audit audit, Clock clock) {
        HostSuggestions hosts = new HostSuggestions(zoom, background, clock);
        return new WebinarSlackApp.Listeners(
                new WebinarCommandHandler(zoom, store, admins, approvals, replies, background, audit, clock, hosts),
                new DecisionAction(RegistrantAction.APPROVE, approvals, admins, replies, background),
                new DecisionAction(RegistrantAction.DENY, approvals, admins, replies, background),
                new ApproveAllAction(approvals, admins, replies, background, audit),
                new DeleteWebinarAction(zoom, admins, replies, background, audit),
                new MoreResultsAction(zoom, replies, background),
                new WebinarFormSubmission(false, zoom, admins, replies, background, audit, clock),
                new WebinarFormSubmission(true, zoom, admins, replies, background, audit, clock),
                hosts,
                new AppHomeOpened(zoom, store, replies, background));
    }
}
