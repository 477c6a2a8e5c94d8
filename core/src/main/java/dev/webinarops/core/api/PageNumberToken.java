package dev.webinarops.core.api;

/**
 * For the lists Zoom pages by {@code page_number} only (a host's webinars): the page number stands in
 * for the {@code next_page_token} callers use everywhere else.
 */
public final class PageNumberToken {
    private PageNumberToken() {}

    /** The page a token asks for; null means the first page. */
    public static int parse(String token) {
        if (token == null) {
            return 1;
        }
        if (!token.matches("[1-9][0-9]{0,5}")) {
            throw new IllegalArgumentException("next_page_token '" + token + "' is not one this list returned");
        }
        return Integer.parseInt(token);
    }

    /** The token of the page after {@code page}, or null after the last of {@code pageCount} pages. */
    public static String next(int page, int pageCount) {
        return page < pageCount ? Integer.toString(page + 1) : null;
    }
}
