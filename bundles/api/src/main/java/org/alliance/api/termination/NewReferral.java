package org.alliance.api.termination;

import java.util.UUID;

/** A referral to record: a name, how to reach them, and optionally who they are in Alliance. */
public record NewReferral(String name, String contact, UUID practitionerId) {
}
