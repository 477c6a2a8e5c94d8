package dev.webinarops.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.core.model.Registrant;
import dev.webinarops.core.model.RegistrantAction;
import dev.webinarops.core.model.RegistrantStatusUpdate;
import dev.webinarops.core.sim.Fault;
import dev.webinarops.core.testing.ZoomTestEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The helpers built on the operations: bulk decisions, find by email, lazy paging. */
class RegistrantHelpersTest {

    private static long webinarWithPending(ZoomTestEnvironment env, int pending) {
        String host = env.simulator().state().addUser("host@example.com", "Host", "One");
        long id = env.simulator().state().addWebinar(host, "Bulk", Instant.now().plus(Duration.ofDays(3)), 60, 1);
        env.simulator().state().addPendingRegistrants(id, pending);
        return id;
    }

    @Test
    void approveAllPendingUsesBatchesOfThirtyAndReportsProgress() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            long id = webinarWithPending(env, 75);
            env.simulator().state().addRegistrant(id, "already@example.com", "Al", "Ready", "approved");
            List<String> progress = new CopyOnWriteArrayList<>();
            var result = env.zoom().registrants().decideAllPending(id, RegistrantAction.APPROVE,
                    (done, total) -> progress.add(done + "/" + total));
            assertEquals(75, result.count());
            assertEquals(List.of("30/75", "60/75", "75/75"), progress);
            assertEquals(0, env.simulator().state().countRegistrants(id, "pending"));
            assertEquals(76, env.simulator().state().countRegistrants(id, "approved"));
            assertEquals(3, env.simulator().counters().requests("webinarRegistrantStatus"));
            assertEquals(1, env.simulator().counters().requests("webinarRegistrants"), "75 pending fit one 300-page");
            assertEquals(0, env.zoom().registrants().decideAllPending(id, RegistrantAction.APPROVE, null).count());
        }
    }

    @Test
    void denyAllPendingLeavesApprovedAlone() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            long id = webinarWithPending(env, 4);
            env.simulator().state().addRegistrant(id, "keep@example.com", "Kee", "P", "approved");
            env.zoom().registrants().decideAllPending(id, RegistrantAction.DENY, null);
            assertEquals(4, env.simulator().state().countRegistrants(id, "denied"));
            assertEquals(1, env.simulator().state().countRegistrants(id, "approved"));
            assertThrows(IllegalArgumentException.class,
                    () -> env.zoom().registrants().decideAllPending(id, RegistrantAction.CANCEL, null));
        }
    }

    @Test
    void aThrottledBatchIsRetriedAndNothingIsDecidedTwice() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            long id = webinarWithPending(env, 40);
            env.simulator().faults().enqueue("webinarRegistrantStatus", new Fault.RetryAfter429(0, false));
            env.simulator().faults().enqueue("webinarRegistrantStatus", new Fault.AfterProcessing(503));
            env.zoom().registrants().decideAllPending(id, RegistrantAction.APPROVE, null);
            assertEquals(40, env.simulator().state().countRegistrants(id, "approved"));
            // 2 batches + one 429 retry + one retry after a 503 that Zoom had already applied (PUT is idempotent)
            assertEquals(4, env.simulator().counters().requests("webinarRegistrantStatus"));
        }
    }

    @Test
    void manyByIdOrEmailAreBatchedAndBadInputChangesNothing() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            long id = webinarWithPending(env, 0);
            List<RegistrantStatusUpdate.Ref> refs = new ArrayList<>();
            for (int i = 0; i < 31; i++) {
                String email = "r" + i + "@example.com";
                String rid = env.simulator().state().addRegistrant(id, email, "R", "No" + i, "pending");
                refs.add(i % 2 == 0 ? RegistrantStatusUpdate.Ref.id(rid) : RegistrantStatusUpdate.Ref.email(email));
            }
            List<RegistrantStatusUpdate.Ref> withBlank = new ArrayList<>(refs);
            withBlank.add(new RegistrantStatusUpdate.Ref(" ", null));
            assertThrows(IllegalArgumentException.class,
                    () -> env.zoom().registrants().updateStatus(id, RegistrantAction.APPROVE, withBlank));
            assertEquals(0, env.simulator().counters().requests("webinarRegistrantStatus"), "nothing sent");
            assertEquals(31, env.zoom().registrants().updateStatus(id, RegistrantAction.APPROVE, refs));
            assertEquals(2, env.simulator().counters().requests("webinarRegistrantStatus"));
            assertEquals(31, env.simulator().state().countRegistrants(id, "approved"));
        }
    }

    @Test
    void findByEmailWalksEveryPageAndEveryStatus() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            long id = webinarWithPending(env, 650);
            env.simulator().state().addRegistrant(id, "Late.Comer@Example.com", "Late", "Comer", "pending");
            Registrant found = env.zoom().registrants().findByEmail(id, "late.comer@example.com").orElseThrow();
            assertEquals("Late", found.firstName());
            assertEquals("pending", found.status());
            assertTrue(env.simulator().counters().requests("webinarRegistrants") >= 3, "walked past page one");
            assertTrue(env.zoom().registrants().findByEmail(id, "nobody@example.com").isEmpty());
        }
    }

    @Test
    void theLazyIteratorFetchesOnePageAtATime() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            long id = webinarWithPending(env, 95);
            Iterator<Registrant> it = env.zoom().registrants().list(id, "pending", null, 30, null).items().iterator();
            assertEquals(30, IntStream.range(0, 30).filter(i -> it.hasNext() && it.next() != null).count());
            env.simulator().resetCounters();
            var stream = dev.webinarops.core.api.Paginator.iterator(
                    token -> env.zoom().registrants().list(id, "pending", null, 30, token));
            for (int i = 0; i < 31; i++) stream.next();
            assertEquals(2, env.simulator().counters().requests("webinarRegistrants"), "31 items = 2 pages, no more");
            int rest = 0;
            while (stream.hasNext()) { stream.next(); rest++; }
            assertEquals(64, rest);
            assertEquals(4, env.simulator().counters().requests("webinarRegistrants"));
        }
    }

    @Test
    void pageSizeOutOfRangeIsRejectedLocally() {
        try (ZoomTestEnvironment env = ZoomTestEnvironment.start()) {
            long id = webinarWithPending(env, 1);
            assertThrows(IllegalArgumentException.class, () -> env.zoom().registrants().list(id, "pending", null, 301, null));
            assertThrows(IllegalArgumentException.class, () -> env.zoom().registrants().list(id, "maybe", null, 30, null));
            assertThrows(ZoomApiException.NotFound.class, () -> env.zoom().registrants().list(id + 1, null, null, 30, null));
        }
    }
}
