package dev.webinarops.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JSON file that several processes on one host share: readers never lock (the file is replaced
 * atomically), minters serialise on an OS file lock next to it. Created with mode 0600. A corrupt,
 * empty, foreign or unreadable file is treated as "no token" and replaced on the next store.
 */
public final class FileTokenCache implements TokenCache {
    private static final Logger log = LoggerFactory.getLogger(FileTokenCache.class);
    private static final int FORMAT_VERSION = 1;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Path lockFile;
    private final ObjectMapper mapper;

    public FileTokenCache(Path file, ObjectMapper mapper) {
        this.file = Objects.requireNonNull(file, "file is null").toAbsolutePath();
        this.lockFile = this.file.resolveSibling(this.file.getFileName() + ".lock");
        this.mapper = Objects.requireNonNull(mapper, "mapper is null");
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<AccessToken> load(String owner) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            JsonNode node = mapper.readTree(Files.readAllBytes(file));
            if (node == null || !node.isObject() || node.path("version").asInt() != FORMAT_VERSION
                    || !owner.equals(node.path("owner").asText(null))
                    || !node.path("access_token").isTextual() || !node.path("expires_at").isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new AccessToken(node.get("access_token").asText(),
                    Instant.parse(node.get("expires_at").asText()), owner));
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring unreadable token cache {}: {}", file, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public void store(AccessToken token) {
        ObjectNode node = mapper.createObjectNode();
        node.put("version", FORMAT_VERSION);
        node.put("owner", token.owner());
        node.put("access_token", token.value());
        node.put("expires_at", token.expiresAt().toString());
        try {
            writeAtomically(mapper.writeValueAsBytes(node));
        } catch (IOException e) {
            // A cache we cannot write costs a mint per process, not a failed request.
            log.warn("Could not write token cache {}: {}", file, e.getMessage());
        }
    }

    @Override
    public void invalidate(String owner, String tokenValue) {
        withLock(() -> {
            load(owner).filter(t -> t.value().equals(tokenValue)).ifPresent(t -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    log.warn("Could not delete token cache {}: {}", file, e.getMessage());
                }
            });
            return null;
        });
    }

    @Override
    public <T> T withLock(Supplier<T> action) {
        try {
            createParent();
            try (FileChannel channel = FileChannel.open(lockFile, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), ownerOnly());
                 FileLock ignored = channel.lock()) {
                return action.get();
            }
        } catch (IOException e) {
            // No lock (read-only dir, odd filesystem): mint anyway rather than fail the caller.
            log.warn("Token cache lock {} unavailable ({}); continuing without it", lockFile, e.getMessage());
            return action.get();
        }
    }

    private void writeAtomically(byte[] bytes) throws IOException {
        createParent();
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp", ownerOnly());
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private void createParent() throws IOException {
        Path parent = file.getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            Files.createDirectories(parent); // a file in the way is an IOException: the cache is skipped, not fatal
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        boolean posix = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        return posix ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }
}
