package dev.webinarops.slack.views;

import java.time.Instant;

/** Making user-supplied text safe and short enough for Slack's mrkdwn. */
public final class Mrkdwn {
    /** Slack's limit on a section's or a text object's text. */
    public static final int MAX_TEXT = 3000;

    private Mrkdwn() {}

    /**
     * Escapes the three characters Slack treats as control sequences, so that text from Zoom (a topic, a
     * name, an answer) cannot mention {@code <!channel>}, link, or mention a user.
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The reverse of {@link #escape}, for text Slack hands back that is to be shown as plain text. */
    public static String unescape(String text) {
        return text == null ? null : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Cuts text to {@code max} characters, ending with an ellipsis, without splitting an escape. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int cut = max - 1;
        int amp = text.lastIndexOf('&', cut);
        if (amp >= 0 && amp > cut - 5 && text.indexOf(';', amp) >= cut) {
            cut = amp;
        }
        return text.substring(0, cut) + "…";
    }

    /** Escaped and clipped to the section limit. */
    public static String safe(String text) {
        return clip(escape(text), MAX_TEXT);
    }

    /** A time shown in each reader's own Slack time zone, with a UTC fallback. */
    public static String date(Instant instant) {
        if (instant == null) {
            return "unknown time";
        }
        return "<!date^" + instant.getEpochSecond() + "^{date_short_pretty} {time}|"
                + instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ">";
    }

    public static String user(String slackUserId) {
        return "<@" + slackUserId.replaceAll("[^A-Za-z0-9]", "") + ">";
    }
}
