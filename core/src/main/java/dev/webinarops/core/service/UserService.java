package dev.webinarops.core.service;

import static dev.webinarops.core.api.ZoomOperation.USER;
import static dev.webinarops.core.api.ZoomOperation.USERS;

import dev.webinarops.core.api.Page;
import dev.webinarops.core.api.Paginator;
import dev.webinarops.core.http.ZoomRequest;
import dev.webinarops.core.model.User;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.stream.Stream;

/** Zoom users: the hosts webinars are created under. */
public final class UserService {
    private final ZoomCalls calls;

    @Inject
    public UserService(ZoomCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls is null");
    }

    /** GET /users. {@code status}: active (default), inactive or pending. */
    public Page<User> list(String status, Integer pageSize, String nextPageToken) {
        return calls.page(ZoomRequest.of(USERS).query("status", status)
                .query("page_size", ZoomCalls.checkPageSize(pageSize)).query("next_page_token", nextPageToken),
                "users", User.class);
    }

    /** Every active user, fetched a page at a time. */
    public Stream<User> all() {
        return Paginator.stream(token -> list(null, ZoomCalls.MAX_PAGE_SIZE, token));
    }

    /** GET /users/{userId}; userId may be an id, an email or "me". */
    public User get(String userId) {
        return calls.call(ZoomRequest.of(USER).path("userId", userId), User.class);
    }
}
