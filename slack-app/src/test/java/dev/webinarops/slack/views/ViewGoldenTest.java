package dev.webinarops.slack.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;
import dev.webinarops.core.auth.TokenStatus;
import dev.webinarops.core.model.Panelist;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.core.model.Webinar;
import dev.webinarops.core.model.WebinarSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each view as JSON, compared with src/test/resources/golden/. After an intended change, regenerate
 * with {@code -Dgolden.update=true} and review the diff.
 */
class ViewGoldenTest {
    private static final Gson GSON = GsonFactory.createSnakeCase().newBuilder().setPrettyPrinting()
            .disableHtmlEscaping().create();
    private static final Path DIR = Path.of("src", "test", "resources", "golden");
    static final Instant START = Instant.parse("2026-03-01T15:00:00Z");
    static final Instant REGISTERED = Instant.parse("2026-02-20T09:30:00Z");

    static Webinar webinar(String topic) {
        return new Webinar(81234567890L, "uuid==", "host1", "host@example.com", topic, 5, START, 60, "Europe/Berlin",
                "Roadmap & questions", null, "https://zoom.us/j/81234567890?pwd=a&b", "https://zoom.us/webinar/register/WN_x",
                null, null, "waiting", WebinarSettings.approval(1), null, null, null, null);
    }

    static Registrant registrant(String first, String email) {
        return new Registrant("reg-1", email, first, "Fischer", "pending", REGISTERED, null, null, null, null, null,
                null, null, null, "acme", null, null, null, null, null, null,
                List.of(new Registrant.CustomAnswer("What is your company size?", "51-500")));
    }

    private static void golden(String name, Object view) throws IOException {
        String json = GSON.toJson(view) + "\n";
        Path file = DIR.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(DIR);
            Files.writeString(file, json);
            if (!Boolean.getBoolean("golden.update")) {
                throw new AssertionError("wrote missing golden file " + file + "; review it and run again");
            }
        }
        assertEquals(Files.readString(file), json, name + " changed; regenerate with -Dgolden.update=true if intended");
    }

    @Test
    void pendingCard() throws IOException {
        golden("pending-card", ApprovalViews.pendingCard(81234567890L, "Customer Advisory Board",
                registrant("Frank", "frank@acme.example")));
    }

    @Test
    void decidedCard() throws IOException {
        var info = ApprovalViews.registrantInfo(81234567890L, "Customer Advisory Board", registrant("Frank", "frank@acme.example"));
        golden("decided-card", ApprovalViews.decidedCard(info, RegistrantAction.APPROVE, "U0ADMIN1", START));
    }

    @Test
    void failedCard() throws IOException {
        var info = ApprovalViews.pendingCard(81234567890L, "Customer Advisory Board", registrant("Frank", "frank@acme.example"));
        golden("failed-card", ApprovalViews.failedCard(info, 81234567890L, "reg-1", "Frank Fischer",
                "Zoom is unavailable (503); try again later."));
    }

    @Test
    void approveAllHeader() throws IOException {
        golden("approve-all-header", ApprovalViews.header(81234567890L, "Customer Advisory Board", 45, 30));
        golden("approve-all-done", ApprovalViews.headerDone("Customer Advisory Board", 45, "U0ADMIN1", START, null));
    }

    @Test
    void messages() throws IOException {
        golden("help", MessageViews.help());
        golden("usage", MessageViews.usage("I don't know the command `frobnicate`"));
        golden("refusal", MessageViews.refusal("delete webinars"));
        golden("webinar", MessageViews.webinar(webinar("Product <Launch> & Q&A")));
        golden("webinar-list", MessageViews.webinars("me", List.of(webinar("One"), webinar("Two")), "webinars|me|2"));
        golden("registrants", MessageViews.registrants(81234567890L, "pending",
                List.of(registrant("Frank", "frank@acme.example")), 31, "registrants|81234567890|pending|tok"));
        golden("panelists", MessageViews.panelists(81234567890L, List.of(Panelist.of("Erin Expert", "erin@partner.example"))));
        golden("confirm-delete", MessageViews.confirmDelete(webinar("Old webinar")));
        golden("created", MessageViews.created(webinar("New webinar")));
        golden("token", MessageViews.token(new TokenStatus(TokenStatus.State.VALID, START, null, 42L)));
    }

    @Test
    void modals() throws IOException {
        golden("create-modal", ModalViews.create(false, "once|https://hooks.slack.com/x", (int) START.getEpochSecond()));
        golden("create-recurring-modal", ModalViews.create(true, "recurring|https://hooks.slack.com/x", (int) START.getEpochSecond()));
        golden("edit-modal", ModalViews.edit(webinar("Editable"), "81234567890|https://hooks.slack.com/x"));
        golden("loading-modal", ModalViews.loading("Edit webinar"));
        golden("failure-modal", ModalViews.failure("Edit webinar", "Webinar 1 was not found <at Zoom>."));
    }

    @Test
    void home() throws IOException {
        golden("home", HomeViews.home(List.of(webinar("Upcoming one")),
                List.of(new HomeViews.WatchedCount(81234567890L, "Customer Advisory Board", "C0APPROVALS", 5)), null));
    }
}
