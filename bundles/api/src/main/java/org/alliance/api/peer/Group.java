package org.alliance.api.peer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A peer consultation group, as its members see it.
 *
 * @param convenerId who created it and records attendance
 * @param meetings   newest first
 */
public record Group(UUID id, String name, UUID convenerId, List<GroupMember> members, List<Meeting> meetings,
        Instant createdAt) {

    public Group {
        members = List.copyOf(members);
        meetings = List.copyOf(meetings);
    }
}
