package org.alliance.peer.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.UserService;
import org.alliance.api.notify.Notifier;
import org.alliance.api.peer.Consultation;
import org.alliance.api.peer.DirectoryEntry;
import org.alliance.api.peer.Group;
import org.alliance.api.peer.IncomingRequest;
import org.alliance.api.peer.Medium;
import org.alliance.api.peer.Meeting;
import org.alliance.api.peer.NewAttendance;
import org.alliance.api.peer.NewConsultation;
import org.alliance.api.peer.NewGroup;
import org.alliance.api.peer.NewMeeting;
import org.alliance.api.peer.NewReferral;
import org.alliance.api.peer.NewReply;
import org.alliance.api.peer.NewTherapistRequest;
import org.alliance.api.peer.PeerNetworkService;
import org.alliance.api.peer.Profile;
import org.alliance.api.peer.ProfileChanges;
import org.alliance.api.peer.Referral;
import org.alliance.api.peer.TherapistRequest;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.api.termination.TerminationService;
import org.alliance.peer.internal.store.ConsultationStore;
import org.alliance.peer.internal.store.GroupStore;
import org.alliance.peer.internal.store.ProfileStore;
import org.alliance.peer.internal.store.ReferralStore;
import org.alliance.peer.internal.store.RequestStore;
import org.alliance.support.db.Db;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

/**
 * The peer network, as one service over its parts (profiles, therapist requests, consultations,
 * groups, referrals). Supervision, scheduling, termination and notify are optional: without
 * supervision no supervision exclusions exist, without scheduling meetings are only stored, without
 * termination an accepted referral is not added to a plan, without notify nobody is told.
 */
@Component(service = PeerNetworkService.class)
public class PeerNetworkServiceImpl implements PeerNetworkService {

    private volatile SupervisionService supervision;
    private volatile SchedulingService scheduling;
    private volatile TerminationService termination;
    private volatile Notifier notifier;

    private final Profiles profiles;
    private final TherapistRequests requests;
    private final Consultations consultations;
    private final Groups groups;
    private final Referrals referrals;

    @Activate
    public PeerNetworkServiceImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=PEER)") ModuleSchema schema, @Reference ClinicalCipher cipher,
            @Reference UserService users, @Reference ClientService clients, @Reference EngagementService engagements,
            @Reference AuditLog audit, @Reference EventAdmin events) {
        this(new Db(dataSource), cipher, users, clients, engagements, audit, events, Clock.systemUTC());
    }

    PeerNetworkServiceImpl(Db db, ClinicalCipher cipher, UserService users, ClientService clients,
            EngagementService engagements, AuditLog audit, EventAdmin events, Clock clock) {
        Services services = new Services(users, clients, engagements, audit, events, clock, () -> supervision,
                () -> scheduling, () -> termination, () -> notifier);
        GroupStore groupStore = new GroupStore(db);
        ClientChecks checks = new ClientChecks(services);
        this.profiles = new Profiles(new ProfileStore(db), services);
        this.requests = new TherapistRequests(new RequestStore(db), groupStore, profiles, services);
        this.consultations = new Consultations(new ConsultationStore(db, cipher), groupStore, checks, services);
        this.groups = new Groups(groupStore, services);
        this.referrals = new Referrals(new ReferralStore(db, cipher), checks, services);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSupervision(SupervisionService service) {
        this.supervision = service;
    }

    void unsetSupervision(SupervisionService gone) {
        if (supervision == gone) {
            supervision = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setScheduling(SchedulingService service) {
        this.scheduling = service;
    }

    void unsetScheduling(SchedulingService gone) {
        if (scheduling == gone) {
            scheduling = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setTermination(TerminationService service) {
        this.termination = service;
    }

    void unsetTermination(TerminationService gone) {
        if (termination == gone) {
            termination = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setNotifier(Notifier service) {
        this.notifier = service;
    }

    void unsetNotifier(Notifier gone) {
        if (notifier == gone) {
            notifier = null;
        }
    }

    @Override
    public Profile myProfile(Actor actor) {
        return profiles.mine(actor);
    }

    @Override
    public Profile updateProfile(Actor actor, ProfileChanges changes) {
        return profiles.update(actor, changes);
    }

    @Override
    public List<DirectoryEntry> directory(Actor actor, String modality, Medium medium, String language) {
        return profiles.directory(actor, modality, medium, language);
    }

    @Override
    public TherapistRequest requestTherapist(Actor actor, NewTherapistRequest request) {
        return requests.open(actor, request);
    }

    @Override
    public List<TherapistRequest> myTherapistRequests(Actor actor) {
        return requests.mine(actor);
    }

    @Override
    public TherapistRequest ask(Actor actor, UUID requestId, UUID practitionerId) {
        return requests.ask(actor, requestId, practitionerId);
    }

    @Override
    public List<IncomingRequest> incoming(Actor actor) {
        return requests.incoming(actor);
    }

    @Override
    public IncomingRequest accept(Actor actor, UUID requestId) {
        return requests.accept(actor, requestId);
    }

    @Override
    public IncomingRequest decline(Actor actor, UUID requestId) {
        return requests.decline(actor, requestId);
    }

    @Override
    public Consultation consult(Actor actor, NewConsultation consultation) {
        return consultations.consult(actor, consultation);
    }

    @Override
    public Consultation consultation(Actor actor, UUID consultationId) {
        return consultations.get(actor, consultationId);
    }

    @Override
    public List<Consultation> consultations(Actor actor) {
        return consultations.list(actor);
    }

    @Override
    public Consultation reply(Actor actor, UUID consultationId, NewReply reply) {
        return consultations.reply(actor, consultationId, reply);
    }

    @Override
    public Group createGroup(Actor actor, NewGroup group) {
        return groups.create(actor, group);
    }

    @Override
    public List<Group> groups(Actor actor) {
        return groups.mine(actor);
    }

    @Override
    public Group group(Actor actor, UUID groupId) {
        return groups.get(actor, groupId);
    }

    @Override
    public Group addMember(Actor actor, UUID groupId, UUID practitionerId) {
        return groups.addMember(actor, groupId, practitionerId);
    }

    @Override
    public Meeting addMeeting(Actor actor, UUID groupId, NewMeeting meeting) {
        return groups.addMeeting(actor, groupId, meeting);
    }

    @Override
    public Meeting recordAttendance(Actor actor, UUID meetingId, NewAttendance attendance) {
        return groups.recordAttendance(actor, meetingId, attendance);
    }

    @Override
    public Referral refer(Actor actor, NewReferral referral) {
        return referrals.refer(actor, referral);
    }

    @Override
    public List<Referral> referrals(Actor actor) {
        return referrals.list(actor);
    }

    @Override
    public Referral acceptReferral(Actor actor, UUID referralId) {
        return referrals.accept(actor, referralId);
    }

    @Override
    public Referral declineReferral(Actor actor, UUID referralId) {
        return referrals.decline(actor, referralId);
    }
}
