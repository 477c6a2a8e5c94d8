package dev.webinarops.core.sim;

import static dev.webinarops.core.sim.SimulatorState.NODES;
import static dev.webinarops.core.sim.SimulatorState.iso;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.webinarops.core.sim.SimulatorState.Webinar;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The seeded sandbox: a small, deterministic account (fixed-seed ids, fixed content; times are
 * relative to now, rounded to the hour).
 * <ul>
 *   <li>Users: host@sandbox.example (first, so "me"), cohost@, marketing@, analyst@sandbox.example.</li>
 *   <li>Upcoming: "Product Launch Q&amp;A" (+3 days, automatic approval, 3 approved registrants, 2 panelists,
 *       a poll); "Partner Onboarding Series" (type 9, weekly on Tuesday and Thursday, 8 occurrences);
 *       "Customer Advisory Board" (+10 days, manual approval, 5 pending registrants answering a custom
 *       question, 1 approved, 1 denied); "Office Hours" (+1 day, no registration).</li>
 *   <li>Past: "Quarterly Roadmap Review" (ended 7 days ago; instance with participants, Q&amp;A, poll
 *       results and absentees) and "Security Best Practices" (two instances, 14 and 28 days ago; the
 *       newer UUID starts with '/' so it needs double encoding).</li>
 * </ul>
 */
final class SandboxSeed {

    static void seed(SimulatorState s) {
        synchronized (s.lock) {
            Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS);
            String host = s.addUser("host@sandbox.example", "Hana", "Host");
            String cohost = s.addUser("cohost@sandbox.example", "Colin", "Cohost");
            s.addUser("marketing@sandbox.example", "Mia", "Marketing");
            s.addUser("analyst@sandbox.example", "Ari", "Analyst");

            // 1. automatic approval, registrants, panelists, poll
            long launch = s.addWebinar(host, "Product Launch Q&A", hour.plus(3, ChronoUnit.DAYS).plus(16, ChronoUnit.HOURS), 60, 0);
            s.addRegistrant(launch, "alice@customer.example", "Alice", "Anders", "approved");
            s.addRegistrant(launch, "bob@customer.example", "Bob", "Brown", "approved");
            s.addRegistrant(launch, "carol@customer.example", "Carol", "Chen", "approved");
            Webinar lw = s.webinars.get(launch);
            addPanelist(s, lw, "cohost@sandbox.example", "Colin Cohost");
            addPanelist(s, lw, "expert@partner.example", "Erin Expert");
            addPoll(s, lw, "Which feature matters most?", "single", "Reporting", "Automation", "Integrations");
            s.addChatMessage(launch);
            s.addChatMessage(launch);

            // 2. recurring, weekly Tue+Thu
            ObjectNode body = NODES.objectNode();
            body.put("topic", "Partner Onboarding Series");
            body.put("type", 9);
            body.put("start_time", iso(hour.plus(2, ChronoUnit.DAYS).plus(15, ChronoUnit.HOURS)));
            body.put("duration", 45);
            body.put("timezone", "UTC");
            body.put("agenda", "Four weeks of onboarding sessions for new partners.");
            body.putObject("recurrence").put("type", 2).put("repeat_interval", 1).put("weekly_days", "3,5").put("end_times", 8);
            body.putObject("settings").put("approval_type", 0);
            Webinar series = s.createWebinar(s.users.get(cohost), body);
            s.addRegistrant(series.id, "dan@partner.example", "Dan", "Diaz", "approved");

            // 3. manual approval, pending registrants with custom question answers
            long cab = s.addWebinar(host, "Customer Advisory Board", hour.plus(10, ChronoUnit.DAYS).plus(17, ChronoUnit.HOURS), 90, 1);
            Webinar cw = s.webinars.get(cab);
            ArrayNode cq = cw.questions.putArray("custom_questions");
            ObjectNode q = cq.addObject();
            q.put("title", "What is your company size?");
            q.put("type", "single_dropdown");
            q.put("required", true);
            q.putArray("answers").add("1-50").add("51-500").add("500+");
            String[][] pending = {
                {"frank@acme.example", "Frank", "Fischer", "51-500"},
                {"grace@globex.example", "Grace", "Garcia", "500+"},
                {"heidi@initech.example", "Heidi", "Hoffmann", "1-50"},
                {"ivan@umbrella.example", "Ivan", "Ivanov", "500+"},
                {"judy@hooli.example", "Judy", "Jones", "51-500"},
            };
            for (String[] p : pending) {
                ObjectNode r = NODES.objectNode();
                r.put("email", p[0]);
                r.put("first_name", p[1]);
                r.put("last_name", p[2]);
                r.put("org", p[0].substring(p[0].indexOf('@') + 1, p[0].indexOf('.')));
                r.putArray("custom_questions").addObject().put("title", "What is your company size?").put("value", p[3]);
                s.newRegistrant(cw, r, "pending");
            }
            s.addRegistrant(cab, "kim@vandelay.example", "Kim", "Kowalski", "approved");
            s.addRegistrant(cab, "spam@bots.example", "Spam", "Bot", "denied");

            // 4. no registration
            s.addWebinar(cohost, "Office Hours", hour.plus(1, ChronoUnit.DAYS).plus(14, ChronoUnit.HOURS), 30, 2);

            // past 1: instance with participants, Q&A, polls, absentees
            Instant p1 = hour.minus(7, ChronoUnit.DAYS);
            long review = s.addWebinar(host, "Quarterly Roadmap Review", p1, 60, 0);
            String[][] people = {
                {"lena@customer.example", "Lena", "Lund"}, {"mo@customer.example", "Mo", "Martin"},
                {"nia@customer.example", "Nia", "Novak"}, {"omar@customer.example", "Omar", "Ortiz"},
                {"pia@customer.example", "Pia", "Park"},
            };
            for (String[] p : people) s.addRegistrant(review, p[0], p[1], p[2], "approved");
            Webinar rw = s.webinars.get(review);
            addPanelist(s, rw, "cohost@sandbox.example", "Colin Cohost");
            addPoll(s, rw, "How useful was this review?", "single", "Very", "Somewhat", "Not really");
            String uuid1 = rw.uuid();
            s.addPastWebinarInstance(review, uuid1, p1);
            rw.json.put("uuid", s.newUuid());
            s.addParticipant(uuid1, "Hana Host", "host@sandbox.example");
            s.addParticipant(uuid1, "Lena Lund", "lena@customer.example");
            s.addParticipant(uuid1, "Mo Martin", "mo@customer.example");
            s.addParticipant(uuid1, "Nia Novak", "nia@customer.example");
            s.addQa(uuid1, "Lena Lund", "lena@customer.example", "Will the API support bulk exports?", "Yes, in Q3.");
            s.addQa(uuid1, "Mo Martin", "mo@customer.example", "Is SSO on the roadmap?", "It ships next month.");
            s.addPollResult(uuid1, "Lena Lund", "lena@customer.example", "How useful was this review?", "Very");
            s.addPollResult(uuid1, "Nia Novak", "nia@customer.example", "How useful was this review?", "Somewhat");

            // past 2: two instances; the newer UUID starts with '/' (must be double-encoded)
            Instant p2a = hour.minus(28, ChronoUnit.DAYS);
            Instant p2b = hour.minus(14, ChronoUnit.DAYS);
            long security = s.addWebinar(cohost, "Security Best Practices", p2b, 45, 0);
            s.addRegistrant(security, "quinn@customer.example", "Quinn", "Quist", "approved");
            s.addRegistrant(security, "ravi@customer.example", "Ravi", "Rao", "approved");
            s.addPastWebinarInstance(security, s.newUuid(), p2a);
            String slashUuid = "/" + s.newUuid().substring(1);
            s.addPastWebinarInstance(security, slashUuid, p2b);
            s.addParticipant(slashUuid, "Quinn Quist", "quinn@customer.example");
            s.addQa(slashUuid, "Quinn Quist", "quinn@customer.example", "Do you support hardware keys?", "Yes, FIDO2.");
        }
    }

    private static void addPanelist(SimulatorState s, Webinar w, String email, String name) {
        ObjectNode p = NODES.objectNode();
        String id = s.randomId(22);
        p.put("id", id);
        p.put("email", email);
        p.put("name", name);
        p.put("join_url", "https://zoom.us/w/" + w.id + "?tk=" + s.randomId(43));
        w.panelists.put(id, p);
    }

    private static void addPoll(SimulatorState s, Webinar w, String question, String type, String... answers) {
        ObjectNode body = NODES.objectNode();
        body.put("title", question.length() > 60 ? question.substring(0, 60) : question);
        ObjectNode qn = body.putArray("questions").addObject();
        qn.put("name", question);
        qn.put("type", type);
        qn.put("answer_required", false);
        ArrayNode a = qn.putArray("answers");
        for (String x : answers) a.add(x);
        s.newPoll(w, body);
    }

    private SandboxSeed() {}
}
