package org.alliance.api.scheduling;

import java.util.UUID;

/** A room of the practice that in-person appointments book. Inactive rooms keep their history but take no new bookings. */
public record Room(UUID id, String name, boolean active) {
}
