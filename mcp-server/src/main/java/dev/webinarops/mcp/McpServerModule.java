package dev.webinarops.mcp;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.webinarops.core.CoreModule;
import dev.webinarops.core.Zoom;
import dev.webinarops.core.config.ZoomConfig;
import dev.webinarops.mcp.resources.ZoomResources;
import dev.webinarops.mcp.tools.AccountTools;
import dev.webinarops.mcp.tools.OpenApiSpec;
import dev.webinarops.mcp.tools.OperationTools;
import dev.webinarops.mcp.tools.ToolCatalog;
import dev.webinarops.mcp.tools.WorkflowTools;
import java.util.Map;
import java.util.function.Supplier;

/** Bindings of the MCP server. */
public final class McpServerModule extends AbstractModule {
    private final ZoomConfig config;
    private final ServerOptions options;
    private final Supplier<Map<String, String>> environment;
    private final Supplier<OpenApiSpec> spec;

    public McpServerModule(ZoomConfig config, ServerOptions options, Supplier<Map<String, String>> environment) {
        this(config, options, environment, () -> OpenApiSpec.load(new ObjectMapper()));
    }

    /** {@code spec}: Zoom's spec, possibly already being parsed on another thread (start-up time). */
    public McpServerModule(ZoomConfig config, ServerOptions options, Supplier<Map<String, String>> environment,
            Supplier<OpenApiSpec> spec) {
        this.config = requireNonNull(config, "config is null");
        this.options = requireNonNull(options, "options is null");
        this.environment = requireNonNull(environment, "environment is null");
        this.spec = requireNonNull(spec, "spec is null");
    }

    @Override
    protected void configure() {
        install(new CoreModule(config));
        bind(ServerOptions.class).toInstance(options);
        bind(InFlightRequests.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    OpenApiSpec spec() {
        return spec.get();
    }

    @Provides
    @Singleton
    ToolCatalog tools(Provider<Zoom> zoom, ObjectMapper mapper, OpenApiSpec spec) {
        return new ToolCatalog(new OperationTools(() -> zoom.get().executor(), mapper, spec),
                new AccountTools(zoom::get, mapper, environment), new WorkflowTools(zoom::get, mapper));
    }

    @Provides
    @Singleton
    ZoomResources resources(Provider<Zoom> zoom, ObjectMapper mapper, InFlightRequests inFlight) {
        return new ZoomResources(zoom::get, mapper, environment, options.sandbox(), inFlight);
    }
}
