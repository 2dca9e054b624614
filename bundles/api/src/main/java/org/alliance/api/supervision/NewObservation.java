package org.alliance.api.supervision;

import java.util.UUID;

/**
 * A request to observe a scheduled appointment; refused until the client's consent is recorded
 * ({@code clientConsent}).
 */
public record NewObservation(UUID appointmentId, UUID observerId, ObservationMode mode, boolean clientConsent) {
}
