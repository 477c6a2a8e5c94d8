package dev.webinarops.mcp.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.core.api.ZoomApiException;
import dev.webinarops.mcp.InFlightRequests;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns {@link ToolDefinition}s into the SDK's tool specifications, adding what every tool shares: the
 * confirmation of destructive calls, progress, and errors as {@code isError} results with a sentence the
 * assistant can act on.
 */
public final class McpTools {
    private static final Logger log = LoggerFactory.getLogger(McpTools.class);

    private McpTools() {}

    public static McpSchema.Tool tool(ToolDefinition def) {
        return McpSchema.Tool.builder(def.name(), def.inputSchema())
                .title(def.title())
                .description(def.description())
                .outputSchema(def.outputSchema())
                .annotations(McpSchema.ToolAnnotations.builder()
                        .title(def.title())
                        .readOnlyHint(def.readOnly())
                        .destructiveHint(def.destructive())
                        .idempotentHint(def.idempotent())
                        .openWorldHint(def.openWorld())
                        .build())
                .build();
    }

    public static SyncToolSpecification specification(ToolDefinition def, ObjectMapper mapper, InFlightRequests inFlight) {
        return SyncToolSpecification.builder()
                .tool(tool(def))
                .callHandler((exchange, request) -> {
                    inFlight.enter();
                    try {
                        return call(def, exchange, request, mapper);
                    } finally {
                        inFlight.exit();
                    }
                })
                .build();
    }

    static CallToolResult call(ToolDefinition def, McpSyncServerExchange exchange, McpSchema.CallToolRequest request,
            ObjectMapper mapper) {
        Args args = new Args(request.arguments());
        try {
            if (def.destructive()) {
                Optional<String> change = def.confirmation().describe(args);
                if (change.isPresent()) {
                    Optional<CallToolResult> refused = confirm(def, change.get(), args, exchange);
                    if (refused.isPresent()) {
                        return refused.get();
                    }
                }
            }
            ToolDefinition.ToolOutput out = def.handler().call(args, progress(exchange, request));
            CallToolResult.Builder result = CallToolResult.builder().addTextContent(out.text()).isError(false);
            if (out.structured() != null && def.outputSchema() != null) {
                result.structuredContent(mapper.convertValue(out.structured(), Map.class));
            }
            return result.build();
        } catch (ZoomApiException.MissingScopes e) {
            return error(e.getMessage() + " After adding the scope, call refresh_token so a new token carries it.");
        } catch (ZoomApiException e) {
            log.info("{} failed: {}", def.name(), e.getMessage());
            return error(e.getMessage());
        } catch (IllegalArgumentException e) {
            return error("Invalid argument: " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("{} failed unexpectedly", def.name(), e);
            return error(def.name() + " failed unexpectedly (" + e.getClass().getSimpleName()
                    + "); see zoom_mcp_server.log for details.");
        }
    }

    /** Empty when the user agreed; otherwise the result to return instead of acting. */
    private static Optional<CallToolResult> confirm(ToolDefinition def, String change, Args args,
            McpSyncServerExchange exchange) {
        boolean canElicit = exchange != null && exchange.getClientCapabilities() != null
                && exchange.getClientCapabilities().elicitation() != null;
        if (canElicit) {
            Map<String, Object> schema = Map.of("type", "object",
                    "properties", Map.of("confirm", Map.of("type", "boolean", "title", "Go ahead",
                            "description", "Tick to confirm")),
                    "required", List.of("confirm"));
            McpSchema.ElicitResult answer;
            try {
                answer = exchange.createElicitation(
                        McpSchema.ElicitFormRequest.builder(change + " Go ahead?", schema).build());
            } catch (RuntimeException e) {
                // the client failed or the person did not answer in time: never act without a yes
                log.info("{}: confirmation could not be asked: {}", def.name(), e.toString());
                return Optional.of(error("Not done: could not ask the user to confirm (the client did not show "
                        + "the confirmation or it was not answered in time). Nothing was changed. Ask the user "
                        + "directly, then try again."));
            }
            boolean yes = answer.action() == McpSchema.ElicitResult.Action.ACCEPT && answer.content() != null
                    && Boolean.TRUE.equals(answer.content().get("confirm"));
            if (yes) {
                return Optional.empty();
            }
            return Optional.of(CallToolResult.builder()
                    .addTextContent("Not done: the user did not confirm (" + answer.action().name().toLowerCase()
                            + "). Nothing was changed.")
                    .isError(false).build());
        }
        if (args.flag(OperationTools.CONFIRM)) {
            return Optional.empty();
        }
        return Optional.of(CallToolResult.builder()
                .addTextContent("Confirmation needed, nothing was changed. " + change
                        + " Ask the user; if they agree, call " + def.name() + " again with the same arguments and "
                        + "confirm: true.")
                .isError(false).build());
    }

    private static ToolContext progress(McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        Object token = request.meta() == null ? null : request.meta().get("progressToken");
        if (token == null || exchange == null) {
            return ToolContext.NONE;
        }
        return (done, total, message) -> {
            try {
                exchange.progressNotification(new McpSchema.ProgressNotification(token, done, total, message));
            } catch (RuntimeException e) {
                log.debug("could not send progress", e);
            }
        };
    }

    private static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }
}
