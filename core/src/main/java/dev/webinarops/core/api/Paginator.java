package dev.webinarops.core.api;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Walks {@code next_page_token} lazily: holds one page at a time and fetches the next on demand. */
public final class Paginator {
    private Paginator() {}

    /** {@code fetch} receives the page token (null for the first page). */
    public static <T> Iterator<T> iterator(Function<String, Page<T>> fetch) {
        return new Iterator<>() {
            private Iterator<T> current;
            private String token;
            private boolean last;

            @Override
            public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    if (last) {
                        return false;
                    }
                    Page<T> page = fetch.apply(token);
                    current = page.items().iterator();
                    if (page.nextPageToken() != null && page.nextPageToken().equals(token)) {
                        // A token that does not move would page forever.
                        throw new IllegalStateException("Zoom returned the same next_page_token twice");
                    }
                    token = page.nextPageToken();
                    last = token == null;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    public static <T> Stream<T> stream(Function<String, Page<T>> fetch) {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(fetch), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }
}
