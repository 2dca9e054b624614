package org.alliance.api.core;

import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Episodes of care. Admins and front desk open engagements for any treating practitioner; a
 * therapist or intern opens one for themself with a client they registered or already treat.
 */
@ProviderType
public interface EngagementService {

    /**
     * Opens an engagement and publishes {@link Events#ENGAGEMENT_CREATED}.
     *
     * @throws InvalidInputException    when the therapist does not treat (no therapist or intern role) or is inactive,
     *                                  or the modality id is malformed
     * @throws AccessDeniedException    when the actor may not open this engagement
     * @throws RecordNotFoundException  for an unknown client or therapist
     * @throws ConflictException        when the same client already has an active engagement with this therapist
     *                                  in this modality
     */
    Engagement create(Actor actor, NewEngagement engagement);

    /**
     * What opening an engagement of this therapist in this modality would be told about
     * competence: empty when the therapist has declared the modality (or the practice does not
     * check); otherwise the warning to show before creating. Under the practice's REFUSE
     * policy, {@link #create} then refuses; under WARN it creates and flags the creation in
     * the audit log. Holds no client data; any signed-in staff member may ask.
     *
     * @throws RecordNotFoundException for an unknown therapist
     */
    java.util.Optional<String> competenceWarning(Actor actor, UUID therapistId, String modality);

    /**
     * Engagements the actor may see, newest first, optionally narrowed to a client and/or a
     * therapist ({@code null} for no narrowing).
     */
    List<Engagement> list(Actor actor, UUID clientId, UUID therapistId);

    /** @throws RecordNotFoundException when there is none the actor may see */
    Engagement get(Actor actor, UUID engagementId);

    /**
     * Ends an engagement with a plain close and a reason, and publishes {@link Events#ENGAGEMENT_ENDED}.
     * Only available while no {@link EngagementEndingWorkflow} is registered: with the termination
     * module installed, ending goes through its workflow.
     *
     * @throws ConflictException when already ended, or when the termination workflow owns endings
     */
    Engagement close(Actor actor, UUID engagementId, String reason);

    /**
     * Ends an engagement for the registered {@link EngagementEndingWorkflow}, which has checked its
     * own rules (notice, checklist) first; publishes {@link Events#ENGAGEMENT_ENDED}. Core accepts
     * the call only from a workflow instance that is registered as a service right now, so while
     * the termination module is installed there is no way to end an engagement around it.
     *
     * @param workflow the caller itself, as registered
     * @param endedAt  when the engagement ended; {@code null} for now
     * @throws IllegalStateException     when {@code workflow} is not a registered ending workflow
     * @throws AccessDeniedException     unless the actor treats the engagement or is an admin
     * @throws ConflictException         when already ended
     * @since 1.1
     */
    Engagement endThroughWorkflow(EngagementEndingWorkflow workflow, Actor actor, UUID engagementId, String reason,
            java.time.Instant endedAt);

    /**
     * Whether {@code therapistId} treats or treated the practitioner {@code practitionerId} as a
     * clinician-client (an engagement of any status with the client record of that practitioner's
     * account). For conflict-of-interest checks (supervision, peer network); answers no client data
     * and is not audited.
     *
     * @since 1.2
     */
    boolean treatsOrTreated(UUID therapistId, UUID practitionerId);

    /**
     * What the engagement's client must be told about their therapist's practice, from the
     * registered {@link PractitionerDisclosure}s (e.g. supervision), as of today.
     *
     * @throws RecordNotFoundException when there is none the actor may see
     * @since 1.2
     */
    java.util.List<String> disclosures(Actor actor, UUID engagementId);
}
