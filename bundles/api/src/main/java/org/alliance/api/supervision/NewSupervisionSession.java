package org.alliance.api.supervision;

import java.time.LocalDate;
import java.util.UUID;

/** A supervision session to log, by the supervisee or the supervisor of the relationship. */
public record NewSupervisionSession(UUID relationshipId, LocalDate date, int minutes, SupervisionFormat format,
        SupervisionMedium medium, String topics) {
}
