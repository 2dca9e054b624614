package org.alliance.api.peer;

/**
 * Event Admin topics the peer-network module posts after a change is stored. Every event carries
 * {@code id} and {@code at}. Therapist-request events carry nothing else (not even the actor), so
 * that no listener learns who is looking for a therapist; the others carry {@code actorId}.
 */
public final class PeerEvents {

    public static final String PROFILE_UPDATED = "org/alliance/peer/Profile/UPDATED";
    public static final String THERAPIST_REQUEST_ASKED = "org/alliance/peer/TherapistRequest/ASKED";
    public static final String THERAPIST_REQUEST_ACCEPTED = "org/alliance/peer/TherapistRequest/ACCEPTED";
    public static final String THERAPIST_REQUEST_DECLINED = "org/alliance/peer/TherapistRequest/DECLINED";
    public static final String CONSULTATION_CREATED = "org/alliance/peer/Consultation/CREATED";
    public static final String CONSULTATION_REPLIED = "org/alliance/peer/Consultation/REPLIED";
    public static final String GROUP_CREATED = "org/alliance/peer/Group/CREATED";
    public static final String GROUP_MEMBER_ADDED = "org/alliance/peer/Group/MEMBER_ADDED";
    public static final String MEETING_CREATED = "org/alliance/peer/Meeting/CREATED";
    public static final String ATTENDANCE_RECORDED = "org/alliance/peer/Meeting/ATTENDANCE_RECORDED";
    public static final String REFERRAL_CREATED = "org/alliance/peer/Referral/CREATED";
    public static final String REFERRAL_ACCEPTED = "org/alliance/peer/Referral/ACCEPTED";
    public static final String REFERRAL_DECLINED = "org/alliance/peer/Referral/DECLINED";

    private PeerEvents() {
    }
}
