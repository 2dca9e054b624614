package org.alliance.examples.noticeboard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A notice as one user sees it.
 *
 * @param authorId   the author's practitioner id; {@code null} when the system posted it
 * @param authorName the author's display name when they posted it
 * @param expiresOn  the last day it is shown, or {@code null}
 * @param archivedAt when it was archived, or {@code null} while it is on the board
 * @param archivedBy who archived it, or {@code null}
 * @param archivable whether this user may archive it (its author, or an admin), so the page
 *                   offers the button only where the service would allow it
 */
public record Notice(UUID id, String title, String body, UUID authorId, String authorName, Instant createdAt,
        boolean pinned, LocalDate expiresOn, Instant archivedAt, UUID archivedBy, boolean archivable) {
}
