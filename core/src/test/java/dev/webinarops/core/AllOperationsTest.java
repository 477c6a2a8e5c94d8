package dev.webinarops.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.api.ZoomOperation;
import dev.webinarops.core.model.BatchRegistrants;
import dev.webinarops.core.model.Branding;
import dev.webinarops.core.model.LiveStream;
import dev.webinarops.core.model.Panelist;
import dev.webinarops.core.model.Poll;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.core.model.RegistrantInput;
import dev.webinarops.core.model.RegistrantStatusUpdate;
import dev.webinarops.core.model.RegistrationQuestions;
import dev.webinarops.core.model.Survey;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.core.model.WebinarInput;
import dev.webinarops.core.model.WebinarSettings;
import dev.webinarops.core.model.WebinarTemplate;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every catalogue operation through the typed services against the validating simulator. The last
 * check fails if any operation was not exercised or any request broke Zoom's spec.
 */
class AllOperationsTest {
    private static ZoomTestEnvironment env;
    private static Zoom zoom;
    private static String host;

    @BeforeAll
    static void start() {
        env = ZoomTestEnvironment.start();
        zoom = env.zoom();
        host = env.simulator().state().addUser("host@example.com", "Hana", "Host");
        env.simulator().state().addUser("second@example.com", "Sam", "Second");
    }

    @AfterAll
    static void stop() {
        Set<String> used = env.simulator().counters().requestsByOperation().keySet();
        Set<String> missing = Arrays.stream(ZoomOperation.values()).map(ZoomOperation::operationId)
                .filter(id -> !used.contains(id)).collect(Collectors.toCollection(TreeSet::new));
        List<String> invalid = env.simulator().validationErrors();
        List<String> badAnswers = env.simulator().responseValidationErrors();
        env.close();
        assertTrue(badAnswers.isEmpty(), "simulator answers that break Zoom's spec: " + String.join("\n", badAnswers));
        assertTrue(invalid.isEmpty(), "requests Zoom's spec rejects: " + invalid);
        assertTrue(missing.isEmpty(), "operations never exercised: " + missing);
    }

    private static Instant inDays(int days) {
        return Instant.now().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static Webinar newWebinar(String topic, int approvalType) {
        return zoom.webinars().create(host, WebinarInput.scheduled(topic, inDays(5), 60, "Asia/Kolkata")
                .withAgenda("Agenda of " + topic).withSettings(WebinarSettings.approval(approvalType)));
    }

    @Test
    void users() {
        var page = zoom.users().list("active", 1, null);
        assertEquals(1, page.items().size());
        assertNotNull(page.nextPageToken(), "two users at page size 1 means a second page");
        assertEquals(2, zoom.users().all().count());
        assertEquals("host@example.com", zoom.users().get("host@example.com").email());
        assertEquals(host, zoom.users().get(host).id());
        assertNotNull(zoom.users().get("me").email());
    }

    @Test
    void webinarLifecycle() {
        Webinar w = newWebinar("Lifecycle", 0);
        assertEquals("Lifecycle", w.topic());
        assertNotNull(w.joinUrl());
        assertEquals(host, w.hostId());
        assertEquals(Webinar.TYPE_WEBINAR, w.type());
        assertEquals("Agenda of Lifecycle", zoom.webinars().get(Long.toString(w.id())).agenda());

        zoom.webinars().update(w.id(), new WebinarInput("Renamed", null, null, 90, null, null, null,
                WebinarSettings.approval(1), null, null, null), null);
        Webinar updated = zoom.webinars().get(Long.toString(w.id()));
        assertEquals("Renamed", updated.topic());
        assertEquals(90, updated.duration());
        assertEquals(1, updated.settings().approvalType());

        assertTrue(zoom.webinars().list(host, "scheduled", 30, null).items().stream().anyMatch(x -> x.id().equals(w.id())));

        var links = zoom.webinars().createInviteLinks(w.id(), List.of("Ana", "Bo"), 3600L);
        assertEquals(2, links.attendees().size());
        assertTrue(links.attendees().get(0).joinUrl().startsWith("http"));
        assertNotNull(zoom.webinars().trackingSources(w.id()));

        var template = zoom.webinars().createTemplate(host, new WebinarTemplate.Input(w.id(), "My template", false, false));
        assertTrue(zoom.webinars().templates(host).stream().anyMatch(t -> t.id().equals(template.id())));

        assertNotNull(zoom.webinars().token(w.id(), "closed_caption_token").token());
        assertNotNull(zoom.webinars().liveStreamingJoinToken(w.id()).token());
        assertNotNull(zoom.webinars().localArchivingToken(w.id()).token());
        assertNotNull(zoom.webinars().localRecordingJoinToken(w.id()).token());

        zoom.webinars().updateLiveStream(w.id(), new LiveStream("rtmp://stream.example.com/live", "key-123",
                "https://example.com/live", "720p"));
        assertEquals("key-123", zoom.webinars().liveStream(w.id()).streamKey());
        zoom.webinars().updateLiveStreamStatus(w.id(), new LiveStream.StatusUpdate("start",
                new LiveStream.Settings(true, "Host stream")));

        String message = env.simulator().state().addChatMessage(w.id());
        zoom.webinars().deleteChatMessage(w.id(), message);
        assertThrows(ZoomApiException.class, () -> zoom.webinars().deleteChatMessage(w.id(), message));

        zoom.webinars().end(w.id());
        zoom.webinars().delete(w.id(), null, false);
        assertThrows(ZoomApiException.NotFound.class, () -> zoom.webinars().get(Long.toString(w.id())));
    }

    @Test
    void recurringWebinarsHaveOccurrences() {
        Webinar w = zoom.webinars().createRecurring(host, WebinarInput.scheduled("Weekly", inDays(2), 45, "UTC"),
                dev.webinarops.core.service.RecurrenceSpec.weekly(1,
                        List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY),
                        dev.webinarops.core.service.RecurrenceSpec.End.afterTimes(4)));
        assertEquals(Webinar.TYPE_RECURRING_FIXED_TIME, w.type());
        assertEquals(4, w.occurrences().size());
        assertEquals("2,5", w.recurrence().weeklyDays());

        Webinar daily = zoom.webinars().createRecurring(host, WebinarInput.scheduled("Daily", inDays(1), 30, "UTC"),
                dev.webinarops.core.service.RecurrenceSpec.daily(2,
                        dev.webinarops.core.service.RecurrenceSpec.End.at(inDays(9))));
        assertEquals(5, daily.occurrences().size(), "days 1,3,5,7,9");
        Webinar monthly = zoom.webinars().createRecurring(host, WebinarInput.scheduled("Monthly", inDays(1), 30, "UTC"),
                dev.webinarops.core.service.RecurrenceSpec.monthlyOnWeekday(1, -1, java.time.DayOfWeek.FRIDAY,
                        dev.webinarops.core.service.RecurrenceSpec.End.afterTimes(3)));
        assertEquals(3, monthly.occurrences().size());
        for (Webinar.Occurrence o : monthly.occurrences()) {
            var day = o.startTime().atZone(java.time.ZoneOffset.UTC);
            assertEquals(java.time.DayOfWeek.FRIDAY, day.getDayOfWeek());
            assertTrue(day.plusWeeks(1).getMonth() != day.getMonth(), "last Friday of its month: " + day);
        }
        assertThrows(IllegalArgumentException.class, () -> zoom.webinars().createRecurring(host,
                WebinarInput.scheduled("Backwards", inDays(5), 30, "UTC"),
                dev.webinarops.core.service.RecurrenceSpec.daily(1,
                        dev.webinarops.core.service.RecurrenceSpec.End.at(inDays(4)))));
    }

    @Test
    void registrants() {
        Webinar w = newWebinar("Registrations", 1);
        var created = zoom.registrants().add(w.id(), RegistrantInput.of("ana@example.com", "Ana", "Silva"), null);
        assertNotNull(created.registrantId());
        Registrant ana = zoom.registrants().get(w.id(), created.registrantId(), null);
        assertEquals("pending", ana.status());
        assertEquals(1, zoom.registrants().list(w.id(), "pending", null, 30, null).items().size());

        zoom.registrants().updateStatus(w.id(), RegistrantAction.APPROVE, List.of(RegistrantStatusUpdate.Ref.id(ana.id())));
        assertEquals("approved", zoom.registrants().get(w.id(), ana.id(), null).status());

        var questions = new RegistrationQuestions(List.of(new RegistrationQuestions.Field("org", true)),
                List.of(new RegistrationQuestions.Custom("Why attend?", "short", false, null)));
        zoom.registrants().updateQuestions(w.id(), questions);
        assertEquals("Why attend?", zoom.registrants().questions(w.id()).customQuestions().get(0).title());

        var batch = zoom.registrants().batchRegister(w.id(), new BatchRegistrants.Request(true,
                List.of(new BatchRegistrants.Entry("b1@example.com", "B", "One"),
                        new BatchRegistrants.Entry("b2@example.com", "B", "Two"))));
        assertEquals(2, batch.registrants().size());

        zoom.registrants().delete(w.id(), ana.id(), null);
        assertTrue(zoom.registrants().findByEmail(w.id(), "ana@example.com").isEmpty());
    }

    @Test
    void panelists() {
        Webinar w = newWebinar("Panel", 2);
        zoom.panelists().add(w.id(), List.of(Panelist.of("Pat", "pat@example.com"), Panelist.of("Kim", "kim@example.com")));
        List<Panelist> panel = zoom.panelists().list(w.id());
        assertEquals(2, panel.size());
        zoom.panelists().remove(w.id(), panel.get(0).id());
        assertEquals(1, zoom.panelists().list(w.id()).size());
        zoom.panelists().removeAll(w.id());
        assertTrue(zoom.panelists().list(w.id()).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> zoom.panelists().add(w.id(), List.of(Panelist.of("", "x@example.com"))));
    }

    @Test
    void pollsAndSurvey() {
        Webinar w = newWebinar("Polls", 2);
        Poll created = zoom.polls().create(w.id(), Poll.of("Favourite colour",
                List.of(Poll.Question.choice("Pick one", false, List.of("Red", "Blue")))));
        assertNotNull(created.id());
        assertEquals("Favourite colour", zoom.polls().get(w.id(), created.id()).title());
        zoom.polls().update(w.id(), created.id(), Poll.of("Favourite color",
                List.of(Poll.Question.choice("Pick any", true, List.of("Red", "Blue", "Green")))));
        assertEquals("Favourite color", zoom.polls().list(w.id(), null).get(0).title());
        zoom.polls().delete(w.id(), created.id());
        assertTrue(zoom.polls().list(w.id(), null).isEmpty());

        Survey survey = new Survey(new Survey.CustomSurvey(true,
                List.of(new Survey.Question("How was it?", "rating_scale", null, true, null, null, null, 1, 5,
                        "Bad", "Great"))), true, false, null);
        zoom.polls().updateSurvey(w.id(), survey);
        assertEquals("How was it?", zoom.polls().survey(w.id()).customSurvey().questions().get(0).name());
        zoom.polls().deleteSurvey(w.id());
    }

    @Test
    void branding() {
        Webinar w = newWebinar("Branded", 2);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};
        Branding.BrandingFile wallpaper = zoom.branding().uploadWallpaper(w.id(), "wall.png", "image/png", png);
        assertNotNull(wallpaper.id());
        Branding.BrandingFile vb = zoom.branding().uploadVirtualBackground(w.id(), "vb.png", "image/png", png, true, false);
        zoom.branding().setDefaultVirtualBackground(w.id(), vb.id(), true);
        Branding.NameTag tag = zoom.branding().createNameTag(w.id(),
                new Branding.NameTag(null, "Speaker", "ffffff", "0e72ed", "000000", true, null));
        zoom.branding().updateNameTag(w.id(), tag.id(), new Branding.NameTag(null, "Lead speaker", null, null, null, null, null));
        Branding branding = zoom.branding().get(w.id());
        assertEquals(wallpaper.id(), branding.wallpaper().id());
        assertEquals("Lead speaker", branding.nameTags().get(0).name());
        assertEquals(1, branding.virtualBackgrounds().size());
        zoom.branding().deleteNameTags(w.id(), List.of(tag.id()));
        zoom.branding().deleteVirtualBackgrounds(w.id(), List.of(vb.id()));
        zoom.branding().deleteWallpaper(w.id());
        Branding after = zoom.branding().get(w.id());
        assertTrue(after.nameTags() == null || after.nameTags().isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> zoom.branding().uploadWallpaper(w.id(), "notes.txt", "text/plain", "hi".getBytes()));
    }

    @Test
    void pastWebinarReports() {
        long id = env.simulator().state().addWebinar(host, "Yesterday", Instant.now().minus(Duration.ofDays(1)), 60, 1);
        env.simulator().state().addRegistrant(id, "absent@example.com", "Abe", "Sent", "approved");
        env.simulator().state().addRegistrant(id, "p1@example.com", "P", "One", "approved");
        String uuid = env.simulator().state().addPastWebinarInstance(id, Instant.now().minus(Duration.ofDays(1)));
        for (int i = 0; i < 5; i++) env.simulator().state().addParticipant(uuid, "P" + i, "p" + i + "@example.com");
        env.simulator().state().addQa(uuid, "P1", "p1@example.com", "Slides?", "Yes, by email");
        env.simulator().state().addPollResult(uuid, "P2", "p2@example.com", "Useful?", "Very");

        assertTrue(zoom.reports().instances(id).stream().anyMatch(i -> i.uuid().equals(uuid)));
        var first = zoom.reports().participants(uuid, 2, null);
        assertEquals(2, first.items().size());
        assertNotNull(first.nextPageToken());
        assertEquals(5, zoom.reports().allParticipants(uuid).count());
        assertEquals("Slides?", zoom.reports().questionsAndAnswers(uuid).questions().get(0).questionDetails().get(0).question());
        assertEquals("Very", zoom.reports().pollResults(uuid).questions().get(0).questionDetails().get(0).answer());
        List<Registrant> absent = zoom.reports().absentees(uuid, null, 30, null).items();
        assertTrue(absent.stream().anyMatch(r -> r.email().equals("absent@example.com")));
        assertFalse(absent.stream().anyMatch(r -> r.email().equals("p1@example.com")));
    }
}
