package dev.webinarops.slack.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAppStoreTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aDecisionIsClaimedOnceEvenUnderConcurrency() throws Exception {
        try (JdbcAppStore store = JdbcAppStore.open(dir.resolve("db"))) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Optional<AppStore.Decision>>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String user = "U" + i;
                results.add(pool.submit(() -> store.claimDecision(new AppStore.Decision(1, "r1", "approve", user, NOW, false))));
            }
            int won = 0;
            for (var f : results) {
                if (f.get().isEmpty()) {
                    won++;
                }
            }
            pool.shutdown();
            assertEquals(1, won);
            store.releaseDecision(1, "r1");
            assertTrue(store.claimDecision(new AppStore.Decision(1, "r1", "deny", "U9", NOW, false)).isEmpty(),
                    "a released (failed) decision can be taken again");
            store.decisionDone(1, "r1");
            store.releaseDecision(1, "r1");
            assertTrue(store.decision(1, "r1").orElseThrow().done(), "a done decision is never released");
        }
    }

    @Test
    void everythingSurvivesReopening() {
        Path db = dir.resolve("db");
        try (JdbcAppStore store = JdbcAppStore.open(db)) {
            assertTrue(store.addWatch(new AppStore.Watch(7, "C1", "U1", NOW)));
            assertFalse(store.addWatch(new AppStore.Watch(7, "C1", "U2", NOW)));
            assertTrue(store.claimCard(7, "r1", "C1", NOW));
            store.cardPosted(7, "r1", "C1", "123.456");
            assertTrue(store.claimCard(7, "r2", "C1", NOW)); // never posted: the process "dies"
            store.audit(NOW, "U1", "watch", "webinar 7", "ok");
        }
        try (JdbcAppStore store = JdbcAppStore.open(db)) {
            assertEquals(1, store.watches().size());
            assertFalse(store.claimCard(7, "r1", "C1", NOW), "no second card after a restart");
            assertEquals("123.456", store.cards(7, "r1").get(0).ts());
            assertEquals(1, store.unpostedCards(NOW.plusSeconds(1)).size());
            assertEquals("ok", store.auditLog(10).get(0).result());
            assertTrue(store.removeWatch(7, "C1"));
            assertTrue(store.watches().isEmpty());
        }
    }
}
