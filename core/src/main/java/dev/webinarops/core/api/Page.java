package dev.webinarops.core.api;

import java.util.List;

/** One page of a Zoom list. {@code nextPageToken} is null when there are no more pages. */
public record Page<T>(List<T> items, String nextPageToken, Integer totalRecords) {
    public Page {
        items = List.copyOf(items);
        if (nextPageToken != null && nextPageToken.isEmpty()) {
            nextPageToken = null;
        }
    }

    public boolean hasNext() {
        return nextPageToken != null;
    }
}
