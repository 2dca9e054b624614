package org.alliance.core.internal.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored client, unfiltered. Never leaves core: services turn it into a {@code Client} view. */
record ClientRow(UUID id, String displayName, String pseudonym, LocalDate dateOfBirth, String email, String phone,
        String address, boolean clinicianClient, UUID practitionerId, UUID createdBy, Instant createdAt) {
}
