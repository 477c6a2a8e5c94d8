package dev.webinarops.mcp;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.webinarops.mcp.prompts.ZoomPrompts;
import dev.webinarops.mcp.resources.ZoomResources;
import dev.webinarops.mcp.tools.McpTools;
import dev.webinarops.mcp.tools.ToolCatalog;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import jakarta.inject.Inject;
import java.time.Duration;

/** Assembles the MCP server (tools, resources, prompts) on a transport. */
public final class WebinarOpsServer {
    public static final String NAME = "webinarops-zoom";
    public static final String VERSION = "0.1.0";
    /** Long enough for a person to answer a confirmation prompt (the SDK's default is 10 s). */
    static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);
    static final String INSTRUCTIONS = "Manages Zoom webinars: users, webinars, registrants, panelists, polls, "
            + "surveys, reports, branding, streaming. Start with list_webinars (user_id 'me') or get_users; ids from "
            + "those feed the other tools. Destructive tools ask for confirmation. If a tool says credentials are "
            + "missing, use configure_zoom or auto_configure_zoom.";

    private final ToolCatalog tools;
    private final ZoomResources resources;
    private final ServerOptions options;
    private final ObjectMapper mapper;
    private final InFlightRequests inFlight;

    @Inject
    public WebinarOpsServer(ToolCatalog tools, ZoomResources resources, ServerOptions options, ObjectMapper mapper,
            InFlightRequests inFlight) {
        this.inFlight = requireNonNull(inFlight, "inFlight is null");
        this.tools = requireNonNull(tools, "tools is null");
        this.resources = requireNonNull(resources, "resources is null");
        this.options = requireNonNull(options, "options is null");
        this.mapper = requireNonNull(mapper, "mapper is null");
    }

    public McpSyncServer start(McpServerTransportProvider transport) {
        return configure(McpServer.sync(transport)).build();
    }

    public McpSyncServer start(McpStreamableServerTransportProvider transport) {
        return configure(McpServer.sync(transport)).build();
    }

    private <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> configure(
            McpServer.SyncSpecification<S> spec) {
        return spec.serverInfo(NAME, VERSION)
                .instructions(INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false).resources(false, false).prompts(false).build())
                .requestTimeout(REQUEST_TIMEOUT)
                .tools(tools.exposed(options).stream().map(t -> McpTools.specification(t, mapper, inFlight)).toList())
                .resources(resources.resources())
                .resourceTemplates(resources.templates())
                .prompts(ZoomPrompts.all());
    }

    public int toolCount() {
        return tools.exposed(options).size();
    }
}
