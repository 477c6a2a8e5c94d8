package dev.webinarops.core.service;

import dev.webinarops.core.model.User;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/** Users numbered for a person to pick from, and the rules that resolve what they picked. */
public final class UserDirectory {
    private final List<User> users;

    public UserDirectory(List<User> users) {
        this.users = List.copyOf(Objects.requireNonNull(users, "users is null"));
    }

    public List<User> users() {
        return users;
    }

    /** "1. Jane Doe <jane@example.com>" lines, numbered from 1. */
    public List<String> numberedLines() {
        return IntStream.range(0, users.size())
                .mapToObj(i -> (i + 1) + ". " + users.get(i).displayName() + " <" + users.get(i).email() + ">")
                .toList();
    }

    /**
     * Resolves a selection: a list number (1-based), a user id, an email, or a full or unique partial
     * name (case-insensitive). Ambiguous or unknown selections fail with the candidates named.
     */
    public User resolve(String selection) {
        if (selection == null || selection.isBlank()) {
            throw new IllegalArgumentException("choose a user by number, name, email or id");
        }
        String s = selection.trim();
        if (s.matches("\\d{1,4}")) {
            int n = Integer.parseInt(s);
            if (n >= 1 && n <= users.size()) {
                return users.get(n - 1);
            }
            throw new IllegalArgumentException("there is no user number " + n + "; choose 1 to " + users.size());
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (User u : users) {
            if (s.equals(u.id()) || (u.email() != null && u.email().equalsIgnoreCase(s))) {
                return u;
            }
        }
        List<User> exact = users.stream().filter(u -> u.displayName().equalsIgnoreCase(s)).toList();
        if (exact.size() == 1) {
            return exact.get(0);
        }
        List<User> partial = users.stream()
                .filter(u -> u.displayName().toLowerCase(Locale.ROOT).contains(lower)).toList();
        if (partial.size() == 1) {
            return partial.get(0);
        }
        if (partial.isEmpty()) {
            throw new IllegalArgumentException("no user matches '" + s + "'");
        }
        throw new IllegalArgumentException("'" + s + "' matches " + partial.size() + " users ("
                + partial.stream().map(User::email).reduce((a, b) -> a + ", " + b).orElse("")
                + "); use a number or an email");
    }
}
