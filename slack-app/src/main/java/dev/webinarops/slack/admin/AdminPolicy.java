package dev.webinarops.slack.admin;

import static java.util.Objects.requireNonNull;

import com.slack.api.methods.MethodsClient;
import dev.webinarops.slack.config.SlackSettings;
import dev.webinarops.slack.store.Audit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may change things: the users listed in {@code SLACK_ADMIN_USERS} and the members of
 * {@code SLACK_ADMIN_GROUP}. Group membership is cached for a minute; if Slack cannot say, the answer is no.
 */
public final class AdminPolicy {
    private static final Logger log = LoggerFactory.getLogger(AdminPolicy.class);
    private static final Duration GROUP_TTL = Duration.ofMinutes(1);

    private final SlackSettings settings;
    private final MethodsClient methods;
    private final Clock clock;
    private final Audit audit;
    private volatile Set<String> groupMembers = Set.of();
    private volatile Instant groupFetchedAt = Instant.MIN;

    public AdminPolicy(SlackSettings settings, MethodsClient methods, Clock clock, Audit audit) {
        this.settings = requireNonNull(settings, "settings is null");
        this.methods = requireNonNull(methods, "methods is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.audit = requireNonNull(audit, "audit is null");
    }

    /**
     * Whether {@code slackUserId} may do {@code action} to {@code target}; a refusal is written to the audit
     * log here, so no change path can forget it. The caller tells the user.
     */
    public boolean permits(String slackUserId, String action, String target) {
        if (isAdmin(slackUserId)) {
            return true;
        }
        audit.record(slackUserId, action, target, "refused: not an admin");
        return false;
    }

    public boolean isAdmin(String slackUserId) {
        if (slackUserId == null) {
            return false;
        }
        if (settings.adminUsers().contains(slackUserId)) {
            return true;
        }
        return settings.adminGroup().isPresent() && groupMembers().contains(slackUserId);
    }

    private synchronized Set<String> groupMembers() {
        Instant now = clock.instant();
        if (groupFetchedAt.plus(GROUP_TTL).isAfter(now)) {
            return groupMembers;
        }
        try {
            var r = methods.usergroupsUsersList(b -> b.usergroup(settings.adminGroup().get()));
            if (r.isOk()) {
                List<String> users = r.getUsers() == null ? List.of() : r.getUsers();
                groupMembers = Set.copyOf(users);
                groupFetchedAt = now;
            } else {
                log.warn("usergroups.users.list failed: {}; treating the admin group as empty", r.getError());
            }
        } catch (Exception e) {
            log.warn("usergroups.users.list failed: {}; treating the admin group as empty", e.getMessage());
        }
        return groupMembers;
    }
}
