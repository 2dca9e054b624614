package org.alliance.api.peer;

/** A reply to a consultation; checked for identifiers like the summary (no consent can be given here). */
public record NewReply(String text) {
}
