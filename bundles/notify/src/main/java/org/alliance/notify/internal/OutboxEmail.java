package org.alliance.notify.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code NOTIFY.EMAIL_OUTBOX}, as stored.
 *
 * @param attempts      delivery attempts made so far
 * @param nextAttemptAt when the sender tries (again); {@code null} once sent or given up
 * @param lastError     what the latest failed attempt said, or {@code null}
 */
public record OutboxEmail(UUID id, String recipient, String subject, String body, String link, Instant createdAt,
        int attempts, Instant nextAttemptAt, Instant sentAt, Instant gaveUpAt, String lastError) {

    /** Whether nothing more will happen to it. */
    public boolean done() {
        return sentAt != null || gaveUpAt != null;
    }
}
