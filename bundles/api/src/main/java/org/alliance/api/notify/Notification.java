package org.alliance.api.notify;

import java.time.Instant;
import java.util.UUID;

/** An in-app notification as its recipient sees it. */
public record Notification(UUID id, String topic, String subject, String text, String link, Instant createdAt,
        boolean read) {
}
