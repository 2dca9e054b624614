package org.alliance.examples.noticeboard.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One row of {@code MOD_NOTICEBOARD.NOTICE}, as stored. */
record NoticeRow(UUID id, String title, String body, UUID authorId, String authorName, Instant createdAt,
        boolean pinned, LocalDate expiresOn, Instant archivedAt, UUID archivedBy) {

    boolean archived() {
        return archivedAt != null;
    }
}
