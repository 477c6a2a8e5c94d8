package dev.webinarops.mcp.tools;

import static java.util.Objects.requireNonNull;

import dev.webinarops.mcp.ServerOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every tool this server has, and the ones a given set of options exposes. */
public final class ToolCatalog {
    private final List<ToolDefinition> all;

    public ToolCatalog(OperationTools operations, AccountTools account, WorkflowTools workflows) {
        List<ToolDefinition> tools = new ArrayList<>();
        tools.addAll(requireNonNull(account, "account is null").all());
        tools.addAll(requireNonNull(operations, "operations is null").all());
        tools.addAll(requireNonNull(workflows, "workflows is null").all());
        Set<String> names = new HashSet<>();
        for (ToolDefinition t : tools) {
            if (!names.add(t.name())) {
                throw new IllegalStateException("two tools are named " + t.name());
            }
        }
        tools.sort(Comparator.comparing(ToolDefinition::name));
        this.all = List.copyOf(tools);
    }

    public List<ToolDefinition> all() {
        return all;
    }

    /** {@code --read-only} hides everything that writes to Zoom; {@code --toolsets} keeps only the named groups. */
    public List<ToolDefinition> exposed(ServerOptions options) {
        return all.stream()
                .filter(t -> !options.readOnly() || !t.writesZoom())
                .filter(t -> options.toolsetEnabled(t.toolset()))
                .toList();
    }
}
