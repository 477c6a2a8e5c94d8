package dev.webinarops.mcp.docs;

import dev.webinarops.mcp.tools.ToolDefinition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Renders TOOLS.md from the tool catalogue, so the documented list cannot drift from the code. */
public final class ToolDocs {
    private ToolDocs() {}

    public static String markdown(List<ToolDefinition> tools) {
        StringBuilder out = new StringBuilder();
        out.append("# Tools\n\n")
                .append("<!-- Generated from the tool catalogue by ToolDocs; do not edit. Regenerate with\n")
                .append("     mvn -o -q -pl mcp-server test -Dtest=ToolSnapshotTest -Dtoolsnaps.update=true -->\n\n")
                .append(tools.size()).append(" tools. **R** read-only, **D** destructive (asks for confirmation), ")
                .append("**W** changes Zoom. `--read-only` keeps the tools without **W**; `--toolsets` keeps the ")
                .append("named groups (the `account` group is always on).\n");
        Map<String, List<ToolDefinition>> byToolset = new TreeMap<>(tools.stream()
                .collect(Collectors.groupingBy(ToolDefinition::toolset)));
        byToolset.forEach((toolset, group) -> {
            out.append("\n## ").append(toolset).append("\n\n| Tool | | What it does |\n|---|---|---|\n");
            for (ToolDefinition t : group) {
                String flags = (t.readOnly() ? "R" : "") + (t.destructive() ? "D" : "") + (t.writesZoom() ? "W" : "");
                out.append("| `").append(t.name()).append("` | ").append(flags).append(" | ")
                        .append(t.description().replace("|", "\\|")).append(" |\n");
            }
        });
        return out.toString();
    }
}
