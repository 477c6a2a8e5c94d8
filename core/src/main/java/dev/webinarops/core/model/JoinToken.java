package dev.webinarops.core.model;

/** A join/archive token (jointoken/* and /token). {@code expireIn} in seconds, when Zoom says. */
public record JoinToken(String token, Long expireIn) {}
