package org.alliance.api.scheduling;

/**
 * A cancellation request.
 *
 * @param reason      required, shown in the history
 * @param initiatedBy who asked for it
 * @param scope       for a series occurrence; null means {@link Scope#THIS}
 */
public record Cancellation(String reason, Initiator initiatedBy, Scope scope) {
}
