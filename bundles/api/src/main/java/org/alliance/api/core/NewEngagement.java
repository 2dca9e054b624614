package org.alliance.api.core;

import java.util.UUID;

/** What is needed to open an engagement. */
public record NewEngagement(UUID clientId, UUID therapistId, String modality) {
}
