package dev.webinarops.slack.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the app remembers across restarts: watched webinars, posted approval cards, decisions and the
 * audit log. An interface so that a shared store for several replicas can replace the embedded one.
 */
public interface AppStore extends AutoCloseable {

    /** A channel that gets a card for every new pending registrant of a webinar. */
    record Watch(long webinarId, String channel, String createdBy, Instant createdAt) {}

    /** An approval card; {@code ts} is null while it is claimed but not yet posted. */
    record Card(long webinarId, String registrantId, String channel, String ts, Instant claimedAt) {}

    /** A decision on a registrant; {@code done} is false while Zoom is being called. */
    record Decision(long webinarId, String registrantId, String action, String decidedBy, Instant decidedAt,
            boolean done) {}

    record AuditEntry(long id, Instant at, String userId, String action, String target, String result) {}

    /** @return false if the channel already watched the webinar */
    boolean addWatch(Watch watch);

    /** @return false if it was not watched */
    boolean removeWatch(long webinarId, String channel);

    List<Watch> watches();

    /** Claims the right to post a card; false if this registrant already has a card in that channel. */
    boolean claimCard(long webinarId, String registrantId, String channel, Instant now);

    void cardPosted(long webinarId, String registrantId, String channel, String ts);

    /** Forgets a claim whose posting failed, so the next poll tries again. */
    void releaseCard(long webinarId, String registrantId, String channel);

    List<Card> cards(long webinarId, String registrantId);

    /** Claims stuck before posting (the process died between claim and post), older than {@code before}. */
    List<Card> unpostedCards(Instant before);

    /**
     * Records a decision before Zoom is called. Unique per registrant, so a double click or a second
     * admin gets the existing decision back instead of a second Zoom call.
     *
     * @return empty if this call claimed the decision, else the decision already there
     */
    Optional<Decision> claimDecision(Decision decision);

    void decisionDone(long webinarId, String registrantId);

    /** Forgets a decision whose Zoom call failed, so the card stays actionable. */
    void releaseDecision(long webinarId, String registrantId);

    /**
     * Forgets a decision still in progress that was claimed before {@code before} (its process died before
     * Zoom answered). @return whether one was forgotten
     */
    boolean releaseStaleDecision(long webinarId, String registrantId, Instant before);

    Optional<Decision> decision(long webinarId, String registrantId);

    void audit(Instant at, String userId, String action, String target, String result);

    List<AuditEntry> auditLog(int limit);

    @Override
    void close();
}
