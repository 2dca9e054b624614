package org.alliance.api.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.RuleViolationException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Supervision relationships, the supervision log, client-contact hours checked against licensure
 * rules, and live observation. Supervisors and supervisees see their own relationships and logs;
 * admins manage relationships and see everything but clinical text. Every call is audited.
 */
@ProviderType
public interface SupervisionService {

    /**
     * Records a relationship; publishes {@link SupervisionEvents#RELATIONSHIP_CREATED}. Admins
     * record any; a supervisor records their own.
     *
     * @throws RuleViolationException naming each conflict: the supervisor is or was the supervisee's
     *                                therapist or the reverse, the supervisee's consent is not recorded,
     *                                the supervisee would have more supervisors, or the supervisor more
     *                                supervisees, than the rule set allows
     * @throws InvalidInputException  for a missing field, an unknown rule set, a supervisor without the
     *                                supervisor role, the same person on both sides, dates out of order
     * @throws AccessDeniedException  for anyone else
     */
    Relationship createRelationship(Actor actor, NewRelationship relationship);

    /**
     * Relationships the actor may see, narrowed by supervisee and/or supervisor ({@code null} for
     * no narrowing): a practitioner's own (either side), everyone's for admins.
     */
    List<Relationship> relationships(Actor actor, UUID superviseeId, UUID supervisorId);

    /**
     * Ends a relationship on {@code lastDay}; publishes {@link SupervisionEvents#RELATIONSHIP_ENDED}.
     *
     * @throws ConflictException when it has already ended before that day
     */
    Relationship endRelationship(Actor actor, UUID relationshipId, LocalDate lastDay);

    /** The rule sets installed, by name. */
    List<RuleSetInfo> ruleSets();

    /**
     * Logs a supervision session of a relationship the actor is part of; publishes
     * {@link SupervisionEvents#SESSION_LOGGED}. It counts once the supervisor verifies it.
     *
     * @throws InvalidInputException for a date outside the relationship, in the future, or minutes out of 1..600
     */
    SupervisionSession logSession(Actor actor, NewSupervisionSession session);

    /**
     * The relationship's supervisor verifies (signs) a logged session; publishes
     * {@link SupervisionEvents#SESSION_VERIFIED}. A verified entry cannot change.
     *
     * @throws AccessDeniedException unless the actor is the relationship's supervisor
     * @throws ConflictException     when already verified
     */
    SupervisionSession verifySession(Actor actor, UUID sessionId);

    /** The supervision log of a supervisee, newest first, for the supervisee, their supervisors and admins. */
    List<SupervisionSession> sessions(Actor actor, UUID superviseeId);

    /**
     * Logs client-contact time by hand, by the supervisee or one of their supervisors.
     *
     * @throws InvalidInputException for a day in the future, minutes out of 1..720, a missing kind
     */
    ClientHours logHours(Actor actor, NewClientHours hours);

    /**
     * Totals and rule results for a supervisee as of today, under the rule set of their most
     * recent relationship: hand-logged hours plus attended appointments when scheduling is installed.
     *
     * @throws RecordNotFoundException when the actor may not see the supervisee's hours, or there is no relationship
     */
    HoursSummary hours(Actor actor, UUID superviseeId);

    /**
     * The verified supervision log and the summary as a PDF for a licensing board: supervisors and
     * their license numbers, dates, totals, and signature lines. Unverified entries are left out.
     */
    byte[] hoursPdf(Actor actor, UUID superviseeId);

    /**
     * Asks a supervisor to observe a scheduled appointment the actor treats in; publishes
     * {@link SupervisionEvents#OBSERVATION_REQUESTED}.
     *
     * @throws RuleViolationException when the client's consent is not recorded, or the observer is not a supervisor
     * @throws InvalidInputException  for an appointment that has passed or was cancelled
     */
    Observation requestObservation(Actor actor, NewObservation observation);

    /** Observation requests the actor made or was asked, soonest first; upcoming and past. */
    List<Observation> observations(Actor actor);

    /**
     * The observer accepts (the session joins their calendar) or declines; publishes
     * {@link SupervisionEvents#OBSERVATION_ANSWERED}.
     *
     * @throws ConflictException when already answered
     */
    Observation answerObservation(Actor actor, UUID observationId, boolean accept);

    /**
     * The observer records what they observed and any intervention, once the session has begun;
     * publishes {@link SupervisionEvents#OBSERVATION_RECORDED}.
     */
    Observation recordObservation(Actor actor, UUID observationId, String observations, String intervention);
}
