package dev.webinarops.mcp.prompts;

import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.List;
import java.util.Map;

/** Prompts for whole jobs: they tell the assistant which tools to use in which order. */
public final class ZoomPrompts {
    private ZoomPrompts() {}

    public static List<SyncPromptSpecification> all() {
        return List.of(
                prompt("schedule_webinar_with_panelists", "Schedule a webinar with panelists",
                        "Pick a host, schedule the webinar, add panelists and share the links.",
                        List.of(arg("topic", "What the webinar is about", true),
                                arg("start_time", "When it starts, e.g. 2026-05-01 15:00", true),
                                arg("panelists", "Panelists as 'Name <email>', comma-separated", false)),
                        a -> "Schedule a Zoom webinar titled \"" + a.getOrDefault("topic", "") + "\" starting "
                                + a.getOrDefault("start_time", "") + ".\n"
                                + "1. Call list_users_for_selection and ask me which host to use (by number).\n"
                                + "2. Ask for the duration and whether registrants need manual approval, then call "
                                + "create_webinar_interactive with my answers.\n"
                                + "3. Add these panelists with add_panelists: " + a.getOrDefault("panelists", "(ask me)")
                                + ".\n4. Show me the webinar id, the join URL and the panelists from list_panelists."),
                prompt("review_pending_registrants", "Review pending registrants",
                        "Go through a webinar's pending registrants and approve or deny them.",
                        List.of(arg("webinar_id", "The webinar's numeric ID", true)),
                        a -> "Review the pending registrants of webinar " + a.getOrDefault("webinar_id", "") + ".\n"
                                + "1. Call list_webinar_registrants with status pending (page through next_page_token).\n"
                                + "2. Show them to me in a table with their answers and flag any that look like spam.\n"
                                + "3. Ask me who to approve and who to deny. To approve everyone, use "
                                + "approve_all_pending_registrants; otherwise update_webinar_registrant_status in "
                                + "groups of up to 30 (denying asks me to confirm)."),
                prompt("summarize_past_webinar", "Summarize a past webinar",
                        "Attendance, absentees, Q&A and poll results of a webinar that has ended.",
                        List.of(arg("webinar_id", "The webinar's numeric ID", true)),
                        a -> "Summarize past webinar " + a.getOrDefault("webinar_id", "") + ": call "
                                + "list_past_webinar_instances, then for the latest instance list_webinar_participants, "
                                + "get_webinar_absentees, list_webinar_qa and list_past_webinar_poll_results. Report "
                                + "attendance versus registrations, unanswered questions and the poll outcome."));
    }

    private static McpSchema.PromptArgument arg(String name, String description, boolean required) {
        return new McpSchema.PromptArgument(name, description, required);
    }

    private static SyncPromptSpecification prompt(String name, String title, String description,
            List<McpSchema.PromptArgument> arguments, java.util.function.Function<Map<String, Object>, String> text) {
        McpSchema.Prompt prompt = new McpSchema.Prompt(name, title, description, arguments);
        return new SyncPromptSpecification(prompt, (exchange, request) -> {
            Map<String, Object> args = request.arguments() == null ? Map.of() : request.arguments();
            for (McpSchema.PromptArgument a : arguments) {
                if (Boolean.TRUE.equals(a.required()) && (args.get(a.name()) == null || args.get(a.name()).toString().isBlank())) {
                    throw new io.modelcontextprotocol.spec.McpError(new McpSchema.JSONRPCResponse.JSONRPCError(
                            McpSchema.ErrorCodes.INVALID_PARAMS, "prompt " + name + " needs " + a.name(), null));
                }
            }
            return new McpSchema.GetPromptResult(description,
                    List.of(new McpSchema.PromptMessage(McpSchema.Role.USER, new McpSchema.TextContent(text.apply(args)))));
        });
    }
}
