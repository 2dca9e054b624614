package org.alliance.api.peer;

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
 * The peer network. Every caller is a signed-in practitioner (the system actor, which is nobody,
 * gets {@link AccessDeniedException}). Reads and writes that concern a client are audited;
 * profiles, the directory and therapist requests hold no client data of the practice and are not.
 * Why a practitioner was excluded from someone's matches is never answered, logged or audited.
 * Thread-safe.
 */
@ProviderType
public interface PeerNetworkService {

    /** The actor's own profile; an empty, unlisted one before they first save it. */
    Profile myProfile(Actor actor);

    /**
     * Replaces the actor's profile; publishes {@link PeerEvents#PROFILE_UPDATED}.
     *
     * @throws InvalidInputException for an over-long bio, too many or malformed entries, an unknown close person,
     *                               the actor named as close to themself
     */
    Profile updateProfile(Actor actor, ProfileChanges changes);

    /**
     * Listed practitioners, by name, narrowed by modality, medium and language ({@code null} for any).
     * Any signed-in user may look.
     */
    List<DirectoryEntry> directory(Actor actor, String modality, Medium medium, String language);

    /**
     * Opens a confidential request for the actor's own therapist and answers the matches: listed
     * practitioners who treat, accept clinician-clients, offer the modality, medium and language,
     * and have no conflict of interest with the actor (never saying who was left out or why).
     *
     * @throws InvalidInputException for a missing modality or medium
     */
    TherapistRequest requestTherapist(Actor actor, NewTherapistRequest request);

    /** The actor's own requests for a therapist, newest first. */
    List<TherapistRequest> myTherapistRequests(Actor actor);

    /**
     * Asks one of the request's current matches; publishes {@link PeerEvents#THERAPIST_REQUEST_ASKED}.
     * The asked practitioner is told there is a request, not by whom.
     *
     * @throws RecordNotFoundException unless the request is the actor's own
     * @throws InvalidInputException   when the practitioner is not among the request's current matches
     * @throws ConflictException       while someone is being asked, or once accepted
     */
    TherapistRequest ask(Actor actor, UUID requestId, UUID practitionerId);

    /** Requests the actor was asked, newest first, with the asker revealed only on those they accepted. */
    List<IncomingRequest> incoming(Actor actor);

    /**
     * The asked practitioner accepts: the asker becomes their sealed clinician-client (a client record
     * and an engagement in the request's modality are created in core, as the accepting practitioner);
     * publishes {@link PeerEvents#THERAPIST_REQUEST_ACCEPTED}.
     *
     * @throws RecordNotFoundException unless the actor was asked this request
     * @throws ConflictException       when already answered
     */
    IncomingRequest accept(Actor actor, UUID requestId);

    /**
     * The asked practitioner declines; the asker learns only that. Publishes
     * {@link PeerEvents#THERAPIST_REQUEST_DECLINED}.
     *
     * @throws RecordNotFoundException unless the actor was asked this request
     * @throws ConflictException       when already answered
     */
    IncomingRequest decline(Actor actor, UUID requestId);

    /**
     * Sends a consultation request about a client the actor treats; publishes
     * {@link PeerEvents#CONSULTATION_CREATED}. Audited; flagged when identifiers were shared with consent.
     *
     * @throws RuleViolationException listing each kind of identifier found in the question or summary (never the
     *                                identifier itself) unless {@code clientConsent}; or when the client is a
     *                                sealed clinician-client, whose case is never shared through the peer network
     * @throws InvalidInputException  for a missing question, no peers and no group, an unknown peer, a group
     *                                the actor is not a member of
     * @throws RecordNotFoundException for a client the actor does not treat
     */
    Consultation consult(Actor actor, NewConsultation consultation);

    /**
     * One consultation, for its author, the peers addressed and the group's members. Audited.
     *
     * @throws RecordNotFoundException for anyone else
     */
    Consultation consultation(Actor actor, UUID consultationId);

    /** Consultations the actor wrote or may read, newest first. Audited per consultation. */
    List<Consultation> consultations(Actor actor);

    /**
     * Replies under a consultation; publishes {@link PeerEvents#CONSULTATION_REPLIED}.
     *
     * @throws RuleViolationException when the reply contains an identifier
     * @throws RecordNotFoundException unless the actor may read the consultation
     */
    Consultation reply(Actor actor, UUID consultationId, NewReply reply);

    /**
     * Creates a consultation group convened by the actor; publishes {@link PeerEvents#GROUP_CREATED}.
     *
     * @throws InvalidInputException for a missing name or an unknown member
     */
    Group createGroup(Actor actor, NewGroup group);

    /** The groups the actor is a member of, by name. */
    List<Group> groups(Actor actor);

    /** @throws RecordNotFoundException unless the actor is a member */
    Group group(Actor actor, UUID groupId);

    /**
     * Adds a member; publishes {@link PeerEvents#GROUP_MEMBER_ADDED}.
     *
     * @throws AccessDeniedException unless the actor convenes the group
     * @throws ConflictException     when already a member
     */
    Group addMember(Actor actor, UUID groupId, UUID practitionerId);

    /**
     * Holds a meeting: booked in the members' calendars when scheduling is installed (a clash refuses it),
     * else only stored. Any member may add one. Publishes {@link PeerEvents#MEETING_CREATED}.
     */
    Meeting addMeeting(Actor actor, UUID groupId, NewMeeting meeting);

    /**
     * Records a member's attendance and continuing-education hours (replacing an earlier entry);
     * publishes {@link PeerEvents#ATTENDANCE_RECORDED}.
     *
     * @throws AccessDeniedException unless the actor convenes the group
     * @throws InvalidInputException for a non-member, hours out of 0..24 or not in quarter hours, a meeting
     *                               not yet begun
     */
    Meeting recordAttendance(Actor actor, UUID meetingId, NewAttendance attendance);

    /**
     * Refers a client the actor treats (active engagement) to a peer; publishes
     * {@link PeerEvents#REFERRAL_CREATED}. Audited.
     *
     * @throws RuleViolationException without the client's consent, or for a sealed clinician-client
     * @throws InvalidInputException  for a missing reason, a peer who does not treat, the actor themself
     * @throws RecordNotFoundException for a client the actor does not treat
     */
    Referral refer(Actor actor, NewReferral referral);

    /** Referrals the actor made or received, newest first. Audited per referral that names a client. */
    List<Referral> referrals(Actor actor);

    /**
     * The receiving peer accepts: core opens an engagement of the client with them (as the system, since
     * the receiver does not know the client yet) in the referring engagement's modality, and with the
     * termination module installed the referral is added to that engagement's open termination plan.
     * Publishes {@link PeerEvents#REFERRAL_ACCEPTED}. Audited.
     *
     * @throws RecordNotFoundException unless the actor is the receiving peer
     * @throws ConflictException       when already answered
     */
    Referral acceptReferral(Actor actor, UUID referralId);

    /**
     * The receiving peer declines; publishes {@link PeerEvents#REFERRAL_DECLINED}. Audited.
     *
     * @throws RecordNotFoundException unless the actor is the receiving peer
     * @throws ConflictException       when already answered
     */
    Referral declineReferral(Actor actor, UUID referralId);
}
