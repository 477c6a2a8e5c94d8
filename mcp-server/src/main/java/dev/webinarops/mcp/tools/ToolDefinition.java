package dev.webinarops.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One MCP tool as this server defines it, independent of the SDK: metadata, schemas, and what it does.
 *
 * @param toolset the group the tool belongs to ({@code --toolsets}); {@code account} for local tools
 * @param readOnly changes nothing anywhere
 * @param writesZoom changes something in the Zoom account (such tools are hidden by {@code --read-only})
 * @param openWorld talks to Zoom
 * @param outputSchema JSON Schema of {@code structuredContent}, or null
 * @param confirmation for destructive tools: what would happen, or empty when this call needs no confirmation
 */
public record ToolDefinition(String name, String title, String description, String toolset, boolean readOnly,
        boolean destructive, boolean idempotent, boolean writesZoom, boolean openWorld,
        Map<String, Object> inputSchema, Map<String, Object> outputSchema, Confirmation confirmation,
        Handler handler) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(title, "title is null");
        Objects.requireNonNull(description, "description is null");
        Objects.requireNonNull(toolset, "toolset is null");
        Objects.requireNonNull(inputSchema, "inputSchema is null");
        Objects.requireNonNull(handler, "handler is null");
        if (destructive && confirmation == null) {
            throw new IllegalArgumentException(name + " is destructive and needs a confirmation description");
        }
    }

    /** Does the work; throws {@code ZoomApiException} or {@code IllegalArgumentException} on failure. */
    @FunctionalInterface
    public interface Handler {
        ToolOutput call(Args args, ToolContext context);
    }

    /** Describes what a destructive call would do, or returns empty when this particular call is harmless. */
    @FunctionalInterface
    public interface Confirmation {
        Optional<String> describe(Args args);
    }

    /** A successful result: text for the assistant, and structured content when the tool has an output schema. */
    public record ToolOutput(String text, JsonNode structured) {
        public static ToolOutput text(String text) {
            return new ToolOutput(text, null);
        }
    }
}
