package dev.webinarops.core.sim;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates API requests against {@code zoom/ZoomWebinarAPISpec.json} (loaded once per JVM).
 *
 * <p>The spec's known defects (shared/zoom/SPEC-NOTES.md) are handled by the named rules in
 * {@link SpecOverride}, never by switching validation off.
 */
final class SpecValidator {
    static final String SPEC_RESOURCE = "zoom/ZoomWebinarAPISpec.json";

    /** Deliberate deviations from plain "validate everything the library can". */
    enum SpecOverride {
        /**
         * The spec declares OAuth security; the simulator checks bearer tokens itself against the
         * tokens it issued (401 code 124), so the library's security findings are ignored.
         */
        SECURITY_CHECKED_BY_SIMULATOR("validation.request.security"),
        /**
         * The library cannot validate multipart/form-data bodies (branding uploads); the simulator
         * checks the required {@code file} part itself (see {@link ZoomSimulator}).
         */
        MULTIPART_BODY_CHECKED_BY_SIMULATOR(null),
        /**
         * Past-webinar UUIDs starting with '/' or containing '//' arrive double-encoded; the raw
         * (still encoded) path is validated, so the UUID stays one path segment. The parameters that
         * accept UUIDs are typed string, so the encoded value is valid as such.
         */
        RAW_PATH_FOR_DOUBLE_ENCODED_UUIDS(null),
        /**
         * {@code userId}: the full spec's oneOf (any string / email / "me") rejects "me" and emails;
         * ZoomWebinarAPISpec.json already has it as a plain string, so nothing to do here.
         */
        USER_ID_ONE_OF_FIXED_IN_SPEC(null),
        /** The OAuth token endpoint is not in the document; the simulator checks it by hand. */
        TOKEN_ENDPOINT_NOT_IN_SPEC(null);

        final String ignoredMessageKeyPrefix;

        SpecOverride(String ignoredMessageKeyPrefix) {
            this.ignoredMessageKeyPrefix = ignoredMessageKeyPrefix;
        }
    }

    private static volatile OpenApiInteractionValidator shared;

    static OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator v = shared;
        if (v == null) {
            synchronized (SpecValidator.class) {
                v = shared;
                if (v == null) {
                    LevelResolver.Builder levels = LevelResolver.create();
                    for (SpecOverride o : SpecOverride.values()) {
                        if (o.ignoredMessageKeyPrefix != null) {
                            levels.withLevel(o.ignoredMessageKeyPrefix, ValidationReport.Level.IGNORE);
                        }
                    }
                    v = OpenApiInteractionValidator.createForInlineApiSpecification(loadSpec())
                            .withLevelResolver(levels.build())
                            .build();
                    shared = v;
                }
            }
        }
        return v;
    }

    private static String loadSpec() {
        try (InputStream in = SpecValidator.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("classpath resource " + SPEC_RESOURCE + " not found");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Messages of the errors found; empty when the request is valid. */
    static List<String> validate(String method, String rawPath, Map<String, List<String>> query,
            String contentType, String accept, byte[] body) {
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        SimpleRequest.Builder b = new SimpleRequest.Builder(Request.Method.valueOf(method), rawPath);
        query.forEach(b::withQueryParam);
        if (accept != null) {
            b.withAccept(accept);
        }
        if (contentType != null) {
            b.withContentType(contentType);
        }
        if (body != null && body.length > 0 && !multipart) {
            b.withBody(body);
        }
        ValidationReport report = validator().validateRequest(b.build());
        List<String> out = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() != ValidationReport.Level.ERROR) {
                continue;
            }
            if (multipart && m.getKey().startsWith("validation.request.body")) {
                continue; // MULTIPART_BODY_CHECKED_BY_SIMULATOR
            }
            out.add(m.getMessage());
        }
        return out;
    }

    /**
     * Checks the simulator's own answer against the documented response schema, so the simulator
     * cannot drift from what Zoom sends. Messages of the errors found; empty when it conforms.
     */
    static List<String> validateResponse(String method, String rawPath, int status, byte[] body) {
        com.atlassian.oai.validator.model.SimpleResponse.Builder b =
                com.atlassian.oai.validator.model.SimpleResponse.Builder.status(status);
        if (body != null && body.length > 0) {
            b.withContentType("application/json").withBody(body);
        }
        ValidationReport report = validator().validateResponse(rawPath, Request.Method.valueOf(method), b.build());
        List<String> out = new ArrayList<>();
        for (ValidationReport.Message m : report.getMessages()) {
            if (m.getLevel() == ValidationReport.Level.ERROR) {
                out.add(m.getMessage());
            }
        }
        return out;
    }

    private SpecValidator() {}
}
