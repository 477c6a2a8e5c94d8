package dev.webinarops.slack.approvals;

import static java.util.Objects.requireNonNull;

import com.slack.api.model.block.LayoutBlock;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.core.model.RegistrantStatusUpdate;
import dev.webinarops.core.service.RegistrantService;
import dev.webinarops.slack.slack.SlackReplies;
import dev.webinarops.slack.store.AppStore;
import dev.webinarops.slack.store.AppStore.Decision;
import dev.webinarops.slack.store.Audit;
import dev.webinarops.slack.views.ApprovalViews;
import dev.webinarops.slack.views.Mrkdwn;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Deciding on registrants. A decision is written to the store (unique per registrant) before Zoom is
 * called, so a double click or two admins at once call Zoom once; a Zoom failure removes it again so
 * the card stays actionable.
 */
public final class ApprovalService {
    /** How many cards one {@code pending} command posts; "Approve all" covers the rest. */
    public static final int MAX_CARDS = 30;
    /**
     * A decision still "in progress" after this long was claimed by a process that died before Zoom
     * answered (a Zoom call, retries included, ends well within it), so it may be taken over.
     */
    static final Duration STALE_DECISION = Duration.ofMinutes(5);

    private final Zoom zoom;
    private final AppStore store;
    private final SlackReplies slack;
    private final Audit audit;
    private final Clock clock;

    public ApprovalService(Zoom zoom, AppStore store, SlackReplies slack, Audit audit, Clock clock) {
        this.zoom = requireNonNull(zoom, "zoom is null");
        this.store = requireNonNull(store, "store is null");
        this.slack = requireNonNull(slack, "slack is null");
        this.audit = requireNonNull(audit, "audit is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** A click on a card's Approve or Deny; {@code info} is the card's information blocks. */
    public record Click(long webinarId, String registrantId, String user, String channel, String ts,
            List<LayoutBlock> info, String displayName) {}

    public void decide(Click c, RegistrantAction action) {
        Instant now = clock.instant();
        Optional<Decision> existing = claim(new Decision(c.webinarId(), c.registrantId(),
                action.wire(), c.user(), now, false));
        if (existing.isPresent()) {
            Decision d = existing.get();
            if (d.done()) {
                // repaint the card (it may be stale in this channel) and tell the clicker who decided
                slack.update(c.channel(), c.ts(), "Already decided", ApprovalViews.decidedCard(c.info(),
                        RegistrantAction.parse(d.action()), d.decidedBy(), d.decidedAt()));
            }
            slack.ephemeral(c.channel(), c.user(), alreadyDecided(d));
            audit.record(c.user(), action.wire(), target(c.webinarId(), c.registrantId()),
                    "no change: " + (d.done() ? "already " : "in progress: ") + d.action() + " by " + d.decidedBy());
            return;
        }
        try {
            zoom.registrants().updateStatus(c.webinarId(), action, List.of(RegistrantStatusUpdate.Ref.id(c.registrantId())));
        } catch (RuntimeException e) {
            store.releaseDecision(c.webinarId(), c.registrantId());
            String message = userMessage(e);
            audit.record(c.user(), action.wire(), target(c.webinarId(), c.registrantId()), "failed: " + message);
            slack.update(c.channel(), c.ts(), "Zoom did not take the decision", ApprovalViews.failedCard(c.info(),
                    c.webinarId(), c.registrantId(), c.displayName(), message));
            return;
        }
        store.decisionDone(c.webinarId(), c.registrantId());
        audit.record(c.user(), action.wire(), target(c.webinarId(), c.registrantId()), "ok");
        List<LayoutBlock> decided = ApprovalViews.decidedCard(c.info(), action, c.user(), now);
        slack.update(c.channel(), c.ts(), fallback(action, c.displayName()), decided);
        for (AppStore.Card card : store.cards(c.webinarId(), c.registrantId())) {
            if (card.ts() != null && !(card.channel().equals(c.channel()) && card.ts().equals(c.ts()))) {
                slack.update(card.channel(), card.ts(), fallback(action, c.displayName()), decided);
            }
        }
    }

    /** {@code approve|deny <id> <email>} from the command. @return the sentence to show the user */
    public String decideByEmail(long webinarId, String email, RegistrantAction action, String user) {
        Registrant r = zoom.registrants().findByEmail(webinarId, email).orElseThrow(() ->
                new IllegalArgumentException("nobody with the email " + email + " registered for webinar " + webinarId));
        Instant now = clock.instant();
        Optional<Decision> existing = claim(new Decision(webinarId, r.id(), action.wire(), user, now, false));
        if (existing.isPresent()) {
            audit.record(user, action.wire(), target(webinarId, r.id()), "no change: decided by " + existing.get().decidedBy());
            return alreadyDecided(existing.get());
        }
        try {
            zoom.registrants().updateStatus(webinarId, action, List.of(RegistrantStatusUpdate.Ref.id(r.id())));
        } catch (RuntimeException e) {
            store.releaseDecision(webinarId, r.id());
            audit.record(user, action.wire(), target(webinarId, r.id()), "failed: " + userMessage(e));
            throw e;
        }
        store.decisionDone(webinarId, r.id());
        audit.record(user, action.wire(), target(webinarId, r.id()), "ok");
        List<LayoutBlock> decided = ApprovalViews.decidedCard(ApprovalViews.registrantInfo(webinarId, topic(webinarId), r),
                action, user, now);
        for (AppStore.Card card : store.cards(webinarId, r.id())) {
            if (card.ts() != null) {
                slack.update(card.channel(), card.ts(), fallback(action, r.displayName()), decided);
            }
        }
        return (action == RegistrantAction.APPROVE ? ":white_check_mark: Approved " : ":no_entry_sign: Denied ")
                + Mrkdwn.safe(r.displayName()) + " (" + Mrkdwn.escape(r.email()) + ").";
    }

    /** "Approve all N pending": every registrant still pending, in batches of at most 30. */
    public void approveAll(long webinarId, String user, String channel, String headerTs) {
        Instant now = clock.instant();
        String topic = topic(webinarId);
        List<Registrant> pending = zoom.registrants().all(webinarId, "pending").collect(Collectors.toList());
        int approved = 0;
        int takenByOthers = 0;
        String problem = null;
        for (int i = 0; i < pending.size(); i += RegistrantService.STATUS_BATCH) {
            // each batch is claimed just before its Zoom call, so no claim grows stale while earlier batches
            // (and their card updates) run
            List<Registrant> batch = new ArrayList<>();
            for (Registrant r : pending.subList(i, Math.min(pending.size(), i + RegistrantService.STATUS_BATCH))) {
                if (claim(new Decision(webinarId, r.id(), RegistrantAction.APPROVE.wire(), user, clock.instant(), false))
                        .isEmpty()) {
                    batch.add(r);
                } else {
                    takenByOthers++;
                }
            }
            if (batch.isEmpty()) {
                continue;
            }
            try {
                zoom.registrants().updateStatus(webinarId, RegistrantAction.APPROVE,
                        batch.stream().map(r -> RegistrantStatusUpdate.Ref.id(r.id())).toList());
            } catch (RuntimeException e) {
                int rest = pending.size() - approved - takenByOthers;
                problem = "Zoom stopped after " + approved + " of " + (approved + rest) + ": " + userMessage(e)
                        + " The rest are still pending.";
                for (Registrant r : batch) {
                    store.releaseDecision(webinarId, r.id());
                }
                break;
            }
            for (Registrant r : batch) {
                store.decisionDone(webinarId, r.id());
                List<LayoutBlock> decided = ApprovalViews.decidedCard(ApprovalViews.registrantInfo(webinarId, topic, r),
                        RegistrantAction.APPROVE, user, now);
                for (AppStore.Card card : store.cards(webinarId, r.id())) {
                    if (card.ts() != null) {
                        slack.update(card.channel(), card.ts(), fallback(RegistrantAction.APPROVE, r.displayName()), decided);
                    }
                }
            }
            approved += batch.size();
        }
        if (approved == 0 && problem == null) {
            // a late or second click: the header already shows who approved; keep it, and say so
            String note = pending.isEmpty() ? "Nothing changed: nobody is waiting for approval any more."
                    : "Nothing changed: the " + pending.size() + " still pending are being decided by someone else right now.";
            audit.record(user, "approve_all", "webinar " + webinarId, "no change: " + (pending.isEmpty()
                    ? "nobody pending" : pending.size() + " being decided by others"));
            slack.ephemeral(channel, user, note);
            return;
        }
        int remaining = pending.size() - approved - takenByOthers;
        audit.record(user, "approve_all", "webinar " + webinarId, problem == null ? "ok: " + approved + " approved"
                : "partial: " + approved + " approved; " + problem);
        if (problem == null) {
            slack.update(channel, headerTs, approved + " approved", ApprovalViews.headerDone(topic, approved, user, now, null));
        } else {
            List<LayoutBlock> blocks = new ArrayList<>(ApprovalViews.headerDone(topic, approved, user, now, problem));
            blocks.addAll(ApprovalViews.header(webinarId, topic, remaining, 0).subList(1, 2));
            slack.update(channel, headerTs, approved + " approved; some failed", blocks);
        }
    }

    /** {@code pending <id>}: a header card and a card per pending registrant (at most {@link #MAX_CARDS}). */
    public int postPending(long webinarId, String channel) {
        String topic = topic(webinarId);
        var page = zoom.registrants().list(webinarId, "pending", null, MAX_CARDS, null);
        int total = page.totalRecords() == null ? page.items().size() : page.totalRecords();
        slack.post(channel, total + " pending registrants", ApprovalViews.header(webinarId, topic, total, page.items().size()));
        for (Registrant r : page.items()) {
            store.claimCard(webinarId, r.id(), channel, clock.instant());
            Optional<String> ts = slack.post(channel, "Pending: " + r.displayName(), ApprovalViews.pendingCard(webinarId, topic, r));
            ts.ifPresent(t -> store.cardPosted(webinarId, r.id(), channel, t));
        }
        return total;
    }

    /**
     * For the watch poller: cards for pending registrants that have none in this channel yet, at most
     * {@link #MAX_CARDS} per round so a flood of registrants does not hit Slack's posting rate limit; the
     * rest follow in the next rounds.
     */
    public int postNewCards(AppStore.Watch w) {
        String topic = null;
        int posted = 0;
        for (Registrant r : (Iterable<Registrant>) zoom.registrants().all(w.webinarId(), "pending")::iterator) {
            if (posted >= MAX_CARDS) {
                break;
            }
            if (!store.claimCard(w.webinarId(), r.id(), w.channel(), clock.instant())) {
                continue;
            }
            if (topic == null) {
                topic = topic(w.webinarId());
            }
            Optional<String> ts = slack.post(w.channel(), "New registrant: " + r.displayName(),
                    ApprovalViews.pendingCard(w.webinarId(), topic, r));
            if (ts.isPresent()) {
                store.cardPosted(w.webinarId(), r.id(), w.channel(), ts.get());
                posted++;
            } else {
                store.releaseCard(w.webinarId(), r.id(), w.channel());
            }
        }
        return posted;
    }

    /** Claims a decision, taking over one left in progress by a process that died; empty if claimed. */
    private Optional<Decision> claim(Decision d) {
        Optional<Decision> existing = store.claimDecision(d);
        Instant staleBefore = d.decidedAt().minus(STALE_DECISION);
        if (existing.isPresent() && !existing.get().done() && existing.get().decidedAt().isBefore(staleBefore)
                && store.releaseStaleDecision(d.webinarId(), d.registrantId(), staleBefore)) {
            return store.claimDecision(d);
        }
        return existing;
    }

    private String topic(long webinarId) {
        try {
            return zoom.webinars().get(Long.toString(webinarId)).topic();
        } catch (RuntimeException e) {
            return "webinar " + webinarId;
        }
    }

    static String alreadyDecided(Decision d) {
        return d.done()
                ? "Nothing changed: this registrant was already " + (d.action().equals("approve") ? "approved" : "denied")
                        + " by " + Mrkdwn.user(d.decidedBy()) + " on " + Mrkdwn.date(d.decidedAt()) + "."
                : "Nothing changed: " + Mrkdwn.user(d.decidedBy()) + " is deciding on this registrant right now.";
    }

    private static String fallback(RegistrantAction action, String name) {
        return (action == RegistrantAction.APPROVE ? "Approved " : "Denied ") + name;
    }

    private static String target(long webinarId, String registrantId) {
        return "webinar " + webinarId + " registrant " + registrantId;
    }

    /** The sentence a user may see: our exceptions carry human messages; anything else is summarised. */
    public static String userMessage(Throwable e) {
        if (e instanceof dev.webinarops.core.api.ZoomApiException || e instanceof IllegalArgumentException) {
            String m = e.getMessage();
            return m == null || m.isBlank() ? "Zoom refused the request." : m;
        }
        return "something went wrong talking to Zoom; see the app's log.";
    }
}
