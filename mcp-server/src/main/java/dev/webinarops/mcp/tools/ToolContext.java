package dev.webinarops.mcp.tools;

/** What a running tool may ask of the client: progress reports. */
public interface ToolContext {
    /** Reports progress when the client asked for it (a progress token); otherwise does nothing. */
    void progress(double done, Double total, String message);

    ToolContext NONE = (done, total, message) -> { };
}
