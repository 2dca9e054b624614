package org.alliance.api.core;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A client as the actor may see them. When {@code identityVisible} is false the client is
 * sealed from this actor: {@code displayName} is the stable pseudonym (e.g. {@code "Client 7F3A"})
 * and every identifying component (date of birth, contact details, practitioner link) is
 * {@code null}.
 *
 * @param clinicianClient whether the client is a therapist (their record is sealed)
 * @param practitionerId  the client's own practitioner account in this practice, when they have one
 * @param pseudonym       the stable pseudonym, always present
 * @param breakGlass      whether the identity is visible only through an admin's emergency access
 */
public record Client(UUID id, String displayName, String pseudonym, LocalDate dateOfBirth, String email,
        String phone, String address, boolean clinicianClient, UUID practitionerId, boolean identityVisible,
        boolean breakGlass, Instant createdAt) {
}
