package dev.webinarops.slack.store;

import static java.util.Objects.requireNonNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store in an embedded H2 database file. One connection, used under a lock: the load is a few
 * writes per click, and H2's file store serialises writes anyway.
 */
public final class JdbcAppStore implements AppStore {
    private static final String[] SCHEMA = {
        """
        CREATE TABLE IF NOT EXISTS watches (
          webinar_id BIGINT NOT NULL, channel VARCHAR(32) NOT NULL, created_by VARCHAR(32) NOT NULL,
          created_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (webinar_id, channel))""",
        """
        CREATE TABLE IF NOT EXISTS cards (
          webinar_id BIGINT NOT NULL, registrant_id VARCHAR(64) NOT NULL, channel VARCHAR(32) NOT NULL,
          ts VARCHAR(32), claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
          PRIMARY KEY (webinar_id, registrant_id, channel))""",
        """
        CREATE TABLE IF NOT EXISTS decisions (
          webinar_id BIGINT NOT NULL, registrant_id VARCHAR(64) NOT NULL, action VARCHAR(16) NOT NULL,
          decided_by VARCHAR(32) NOT NULL, decided_at TIMESTAMP WITH TIME ZONE NOT NULL, done BOOLEAN NOT NULL,
          PRIMARY KEY (webinar_id, registrant_id))""",
        """
        CREATE TABLE IF NOT EXISTS audit_log (
          id BIGINT AUTO_INCREMENT PRIMARY KEY, at TIMESTAMP WITH TIME ZONE NOT NULL, user_id VARCHAR(32) NOT NULL,
          action VARCHAR(64) NOT NULL, target VARCHAR(512) NOT NULL, result VARCHAR(2000) NOT NULL)""",
    };

    private final Connection connection;

    private JdbcAppStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating if needed) the database at {@code path} (H2 adds {@code .mv.db}). */
    public static JdbcAppStore open(Path path) {
        requireNonNull(path, "path is null");
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:h2:file:" + path.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE");
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String ddl : SCHEMA) {
                    s.execute(ddl);
                }
            }
            return new JdbcAppStore(c);
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("cannot open the store at " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized boolean addWatch(Watch w) {
        return insert("INSERT INTO watches (webinar_id, channel, created_by, created_at) VALUES (?, ?, ?, ?)",
                w.webinarId(), w.channel(), w.createdBy(), ts(w.createdAt()));
    }

    @Override
    public synchronized boolean removeWatch(long webinarId, String channel) {
        return update("DELETE FROM watches WHERE webinar_id = ? AND channel = ?", webinarId, channel) > 0;
    }

    @Override
    public synchronized List<Watch> watches() {
        return query("SELECT webinar_id, channel, created_by, created_at FROM watches ORDER BY created_at", rs ->
                new Watch(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4)));
    }

    @Override
    public synchronized boolean claimCard(long webinarId, String registrantId, String channel, Instant now) {
        return insert("INSERT INTO cards (webinar_id, registrant_id, channel, ts, claimed_at) VALUES (?, ?, ?, NULL, ?)",
                webinarId, registrantId, channel, ts(now));
    }

    @Override
    public synchronized void cardPosted(long webinarId, String registrantId, String channel, String ts) {
        update("UPDATE cards SET ts = ? WHERE webinar_id = ? AND registrant_id = ? AND channel = ?", ts, webinarId,
                registrantId, channel);
    }

    @Override
    public synchronized void releaseCard(long webinarId, String registrantId, String channel) {
        update("DELETE FROM cards WHERE webinar_id = ? AND registrant_id = ? AND channel = ? AND ts IS NULL",
                webinarId, registrantId, channel);
    }

    @Override
    public synchronized List<Card> cards(long webinarId, String registrantId) {
        return query("SELECT webinar_id, registrant_id, channel, ts, claimed_at FROM cards WHERE webinar_id = ? "
                + "AND registrant_id = ? ORDER BY claimed_at", JdbcAppStore::card, webinarId, registrantId);
    }

    @Override
    public synchronized List<Card> unpostedCards(Instant before) {
        return query("SELECT webinar_id, registrant_id, channel, ts, claimed_at FROM cards WHERE ts IS NULL "
                + "AND claimed_at < ?", JdbcAppStore::card, ts(before));
    }

    @Override
    public synchronized Optional<Decision> claimDecision(Decision d) {
        if (insert("INSERT INTO decisions (webinar_id, registrant_id, action, decided_by, decided_at, done) "
                + "VALUES (?, ?, ?, ?, ?, FALSE)", d.webinarId(), d.registrantId(), d.action(), d.decidedBy(),
                ts(d.decidedAt()))) {
            return Optional.empty();
        }
        return decision(d.webinarId(), d.registrantId());
    }

    @Override
    public synchronized void decisionDone(long webinarId, String registrantId) {
        update("UPDATE decisions SET done = TRUE WHERE webinar_id = ? AND registrant_id = ?", webinarId, registrantId);
    }

    @Override
    public synchronized void releaseDecision(long webinarId, String registrantId) {
        update("DELETE FROM decisions WHERE webinar_id = ? AND registrant_id = ? AND done = FALSE", webinarId,
                registrantId);
    }

    @Override
    public synchronized boolean releaseStaleDecision(long webinarId, String registrantId, Instant before) {
        return update("DELETE FROM decisions WHERE webinar_id = ? AND registrant_id = ? AND done = FALSE "
                + "AND decided_at < ?", webinarId, registrantId, ts(before)) > 0;
    }

    @Override
    public synchronized Optional<Decision> decision(long webinarId, String registrantId) {
        return query("SELECT webinar_id, registrant_id, action, decided_by, decided_at, done FROM decisions "
                + "WHERE webinar_id = ? AND registrant_id = ?", rs -> new Decision(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), instant(rs, 5), rs.getBoolean(6)), webinarId, registrantId)
                .stream().findFirst();
    }

    @Override
    public synchronized void audit(Instant at, String userId, String action, String target, String result) {
        update("INSERT INTO audit_log (at, user_id, action, target, result) VALUES (?, ?, ?, ?, ?)", ts(at), userId,
                action, clip(target, 512), clip(result, 2000));
    }

    @Override
    public synchronized List<AuditEntry> auditLog(int limit) {
        return query("SELECT id, at, user_id, action, target, result FROM audit_log ORDER BY id DESC LIMIT ?",
                rs -> new AuditEntry(rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), limit);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot close the store: " + e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ JDBC plumbing

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private static Card card(ResultSet rs) throws SQLException {
        return new Card(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs, 5));
    }

    private boolean insert(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            ps.executeUpdate();
            return true;
        } catch (SQLIntegrityConstraintViolationException e) {
            return false;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw failure(e);
        }
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("the store failed: " + e.getMessage(), e);
    }

    private static java.time.OffsetDateTime ts(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String clip(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

}
