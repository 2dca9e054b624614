package org.alliance.api.termination;

import java.util.List;
import java.util.UUID;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.RecordNotFoundException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Planned, ethical endings. The engagement's treating practitioner plans and closes; a
 * supervisor or admin other than the plan's author approves short-notice exceptions; admins see
 * plans and the at-risk list but no clinical content. Every call is audited.
 */
@ProviderType
public interface TerminationService {

    /**
     * Opens a plan for an active engagement and publishes {@link TerminationEvents#PLAN_CREATED}.
     * A plan with less than the practice's minimum notice (days until the planned end, closure
     * sessions) is refused, naming what is missing, unless its reason is a notice exception; such
     * a plan waits in {@link PlanStatus#AWAITING_APPROVAL} and its creation is flagged in the audit log.
     *
     * @throws InvalidInputException for a missing reason or date, a date in the past, too little notice
     * @throws ConflictException     when the engagement has ended or already has an open plan
     * @throws AccessDeniedException unless the actor treats the engagement
     */
    Plan create(Actor actor, NewPlan plan);

    /**
     * Approves a plan awaiting approval; publishes {@link TerminationEvents#PLAN_APPROVED}.
     *
     * @throws AccessDeniedException unless the actor is a supervisor or admin, and not the plan's author
     * @throws ConflictException     when the plan is not awaiting approval
     */
    Plan approve(Actor actor, UUID planId);

    /** @throws RecordNotFoundException when there is none the actor may see */
    Plan get(Actor actor, UUID planId);

    /**
     * Short-notice plans the actor may approve, oldest first: for supervisors and admins, every
     * plan awaiting approval that someone else wrote; empty for everyone else.
     */
    List<Plan> awaitingApproval(Actor actor);

    /** The plans of an engagement, newest first (an engagement has at most one open plan). */
    List<Plan> forEngagement(Actor actor, UUID engagementId);

    /** Records a referral offered to the client. */
    Plan addReferral(Actor actor, UUID planId, NewReferral referral);

    /**
     * Ticks or unticks a checklist item the therapist decides (not an automatic one).
     *
     * @throws InvalidInputException for an unknown item, an automatic one, or a blank note when ticking
     */
    Plan markItem(Actor actor, UUID planId, String itemId, boolean done, String note);

    /**
     * Ends the engagement through the plan: cancels its future appointments (scheduling), tells
     * the client and the therapist, records the end date (today, which may be before the planned
     * date), and publishes {@link TerminationEvents#PLAN_CLOSED}.
     *
     * @throws ConflictException naming the checklist items still open, or when the plan awaits approval or is closed
     */
    Plan close(Actor actor, UUID planId);

    /** The termination letter for the client as a PDF: dates, referrals, how to return; no clinical detail. */
    byte[] letterPdf(Actor actor, UUID planId);

    /**
     * Active engagements without a session for longer than the practice allows and without a plan:
     * a therapist's own, or every therapist's for supervisors and admins.
     */
    List<AtRisk> atRisk(Actor actor);

    /**
     * Records who covers a therapist's clients during an absence. A therapist names their own cover;
     * an admin anyone's.
     *
     * @throws InvalidInputException for a cover who does not treat, the therapist themself, or dates out of order
     */
    Coverage addCoverage(Actor actor, NewCoverage coverage);

    /**
     * Absences that have not ended, soonest first: of one therapist (as absent or covering), or
     * with {@code null} every absence for supervisors and admins, else the actor's own and those
     * they cover.
     */
    List<Coverage> coverage(Actor actor, UUID therapistId);
}
