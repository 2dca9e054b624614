package org.alliance.api.core;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a therapist, intern, front desk or admin supplies to register a client.
 *
 * @param clinicianClient {@code true} for a therapist in treatment: the record is sealed
 * @param practitionerId  when the client is also a practitioner of this practice, their account id;
 *                        only allowed with {@code clinicianClient}
 */
public record NewClient(String displayName, LocalDate dateOfBirth, String email, String phone, String address,
        boolean clinicianClient, UUID practitionerId) {
}
