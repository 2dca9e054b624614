package org.alliance.notes.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.UserService;

/** Display names of practitioners for one answer; looks each id up once. Not thread-safe: one per call. */
final class Names {

    private static final Actor NOTES = Actor.system("notes");

    private final UserService users;
    private final Map<UUID, String> known = new HashMap<>();

    Names(UserService users) {
        this.users = users;
    }

    String of(UUID userId) {
        if (userId == null) {
            return null;
        }
        return known.computeIfAbsent(userId, id -> {
            try {
                return users.get(NOTES, id).displayName();
            } catch (RecordNotFoundException e) {
                return "Former user";
            }
        });
    }
}
