package dev.webinarops.core.api;

import java.util.Locale;

/** Groups of operations, used to pick what an app exposes (e.g. the MCP server's --toolsets). */
public enum Toolset {
    USERS, WEBINARS, TEMPLATES, REGISTRANTS, PANELISTS, POLLS, SURVEYS, REPORTS, BRANDING, STREAMING, CHAT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
