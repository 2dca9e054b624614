package org.alliance.supervision.internal;

import static org.alliance.support.input.Inputs.require;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.document.DocumentRenderer;
import org.alliance.api.notify.Message;
import org.alliance.api.notify.Notifier;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.supervision.ClientHours;
import org.alliance.api.supervision.HoursSummary;
import org.alliance.api.supervision.LicensureRuleSet;
import org.alliance.api.supervision.NewClientHours;
import org.alliance.api.supervision.NewObservation;
import org.alliance.api.supervision.NewRelationship;
import org.alliance.api.supervision.NewSupervisionSession;
import org.alliance.api.supervision.Observation;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.RuleSetInfo;
import org.alliance.api.supervision.SupervisionEvents;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.api.supervision.SupervisionSession;
import org.alliance.support.db.Db;
import org.alliance.supervision.internal.store.HoursRepository;
import org.alliance.supervision.internal.store.LogRepository;
import org.alliance.supervision.internal.store.ObservationRepository;
import org.alliance.supervision.internal.store.RelationshipRepository;
import org.alliance.supervision.internal.store.RelationshipRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

/**
 * The supervision rules: relationships and their conflicts, the supervision log and client hours,
 * the hours checked against licensure rule sets (tracked dynamically), and, through
 * {@link ObservationDesk}, live observation. Registered also under its own class for this
 * bundle's notes grants, disclosure and REST resources. Scheduling and notify are optional.
 */
@Component(service = {SupervisionService.class, SupervisionServiceImpl.class})
public class SupervisionServiceImpl implements SupervisionService {

    private static final int MAX_SCOPE = 1_000;
    private static final int MAX_TOPICS = 5_000;
    private static final int MAX_HOURS_NOTE = 500;

    private final RelationshipRepository relationshipStore;
    private final LogRepository log;
    private final HoursRepository handLogged;
    private final EngagementService engagements;
    private final People people;
    private final AuditLog audit;
    private final Practice practice;
    private final SupervisionSettings settings;
    private final Clock clock;
    private final RuleSets ruleSets = new RuleSets();
    private final Announcer announcer;
    private final Appointments appointments;
    private final LicensureHours licensure;
    private final ObservationDesk observationDesk;

    private volatile SchedulingService scheduling;
    private volatile Notifier notifier;

    @Activate
    public SupervisionServiceImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=SUPERVISION)") ModuleSchema schema, @Reference ClinicalCipher cipher,
            @Reference EngagementService engagements, @Reference UserService users, @Reference AuditLog audit,
            @Reference DocumentRenderer renderer, @Reference Practice practice, @Reference SupervisionSettings settings,
            @Reference EventAdmin events) {
        this(new Db(dataSource), cipher, engagements, users, audit, renderer, practice, settings, events, Clock.systemUTC());
    }

    SupervisionServiceImpl(Db db, ClinicalCipher cipher, EngagementService engagements, UserService users, AuditLog audit,
            DocumentRenderer renderer, Practice practice, SupervisionSettings settings, EventAdmin events, Clock clock) {
        this.relationshipStore = new RelationshipRepository(db);
        this.log = new LogRepository(db, cipher);
        this.handLogged = new HoursRepository(db, cipher);
        this.engagements = engagements;
        this.people = new People(users);
        this.audit = audit;
        this.practice = practice;
        this.settings = settings;
        this.clock = clock;
        this.announcer = new Announcer(events, () -> this.notifier);
        this.appointments = new Appointments(() -> this.scheduling);
        this.licensure = new LicensureHours(relationshipStore, log, handLogged, appointments, ruleSets, people, renderer,
                practice, settings, clock);
        this.observationDesk = new ObservationDesk(new ObservationRepository(db, cipher), appointments, people, audit,
                announcer, practice, clock);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRuleSet(LicensureRuleSet ruleSet, Map<String, Object> props) {
        ruleSets.add(ruleSet, props);
    }

    void removeRuleSet(LicensureRuleSet ruleSet) {
        ruleSets.remove(ruleSet);
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
    void setNotifier(Notifier service) {
        this.notifier = service;
    }

    void unsetNotifier(Notifier gone) {
        if (notifier == gone) {
            notifier = null;
        }
    }

    // ---- relationships ----

    @Override
    public Relationship createRelationship(Actor actor, NewRelationship input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        require(input.supervisorId() != null, "supervisorId", "is required");
        require(input.superviseeId() != null, "superviseeId", "is required");
        if (!(actor.has(Role.ADMIN) || actor.has(Role.SUPERVISOR) && input.supervisorId().equals(actor.userId()))) {
            audit.record(new AuditRecord(actor, "supervision.relationship.create", "practitioner", input.superviseeId(), null,
                    AuditOutcome.DENIED, null, false));
            throw new AccessDeniedException("A supervisor records their own supervision relationships; an admin records anyone's.");
        }
        require(input.cosignMode() != null, "cosignMode", "is required: VIEW, APPROVE or COSIGN");
        require(input.start() != null, "start", "is required (YYYY-MM-DD)");
        require(!input.supervisorId().equals(input.superviseeId()), "superviseeId", "must be someone other than the supervisor");
        require(input.end() == null || !input.end().isBefore(input.start()), "end", "is before 'start'");
        String ruleSetId = input.ruleSetId() == null || input.ruleSetId().isBlank() ? settings.policy().defaultRuleSet()
                : input.ruleSetId().strip();
        require(ruleSetId != null, "ruleSet", "is required: " + installedRuleSets());
        LicensureRuleSet ruleSet = ruleSets.find(ruleSetId).orElseThrow(() -> new InvalidInputException("ruleSet",
                "there is no rule set '" + ruleSetId + "'; " + installedRuleSets()));
        String scope = optionalText("scope", input.scope(), MAX_SCOPE);
        User supervisor = practitioner("supervisorId", input.supervisorId());
        require(supervisor.roles().contains(Role.SUPERVISOR), "supervisorId", supervisor.displayName() + " is not a supervisor");
        User supervisee = practitioner("superviseeId", input.superviseeId());
        require(supervisee.roles().stream().anyMatch(Role::treats), "superviseeId", supervisee.displayName()
                + " does not treat clients (neither therapist nor intern)");

        List<Violation> violations = RelationshipRules.violations(new RelationshipRules.Facts(supervisor,
                supervisee, input.start(), input.end(), input.consentRecorded(), ruleSet,
                supervisor.id().equals(actor.userId()) || supervisee.id().equals(actor.userId()),
                engagements.treatsOrTreated(supervisor.id(), supervisee.id()),
                engagements.treatsOrTreated(supervisee.id(), supervisor.id()),
                relationshipStore.ofSupervisee(supervisee.id()), relationshipStore.ofSupervisor(supervisor.id())));
        if (!violations.isEmpty()) {
            audit.record(new AuditRecord(actor, "supervision.relationship.create", "practitioner", supervisee.id(), null,
                    AuditOutcome.DENIED, "refused: " + violations.stream().map(Violation::code)
                            .collect(Collectors.joining(", ")), false));
            List<String> reasons = violations.stream().map(Violation::text).toList();
            throw new RuleViolationException("This supervision cannot be recorded: " + String.join(" ", reasons), reasons);
        }
        Instant now = clock.instant();
        RelationshipRow row = new RelationshipRow(UUID.randomUUID(), supervisor.id(), supervisor.displayName(),
                supervisor.licenseNumber(), supervisee.id(), supervisee.displayName(), input.cosignMode(), ruleSet.id(),
                input.start(), input.end(), now, scope, input.psychotherapyNotes(), now, actor.userId());
        relationshipStore.insert(row);
        audit.record(new AuditRecord(actor, "supervision.relationship.create", "supervision-relationship", row.id(), null,
                AuditOutcome.SUCCESS, null, row.psychotherapyNotes()));
        announcer.post(SupervisionEvents.RELATIONSHIP_CREATED, row.id(), actor, now, "supervisorId", row.supervisorId(),
                "superviseeId", row.superviseeId());
        announcer.tell(actor, row.superviseeId(), new Message("supervision.relationship", "You are under supervision",
                supervisor.displayName() + " supervises you from " + row.start() + " under " + ruleSet.name() + ".",
                "/supervision"));
        announcer.tell(actor, row.supervisorId(), new Message("supervision.relationship", "You supervise "
                + supervisee.displayName(), "From " + row.start() + " under " + ruleSet.name() + ".", "/supervision"));
        return view(row);
    }

    @Override
    public List<Relationship> relationships(Actor actor, UUID superviseeId, UUID supervisorId) {
        boolean everyone = actor.has(Role.ADMIN);
        if (!everyone && actor.userId() == null) {
            return List.of();
        }
        List<Relationship> result = new ArrayList<>();
        for (RelationshipRow row : relationshipStore.list(superviseeId, supervisorId, everyone ? null : actor.userId())) {
            audit.record(AuditRecord.success(actor, "supervision.relationship.read", "supervision-relationship", row.id(), null));
            result.add(view(row));
        }
        return result;
    }

    @Override
    public Relationship endRelationship(Actor actor, UUID relationshipId, LocalDate lastDay) {
        RelationshipRow row = party(actor, relationshipId, "supervision.relationship.end");
        require(lastDay != null, "lastDay", "is required (YYYY-MM-DD)");
        require(!lastDay.isBefore(row.start()), "lastDay", "is before the relationship's start " + row.start());
        if (!relationshipStore.end(relationshipId, lastDay)) {
            throw new ConflictException("This relationship already ended on " + row.end() + ".");
        }
        Instant now = clock.instant();
        audit.record(AuditRecord.success(actor, "supervision.relationship.end", "supervision-relationship", relationshipId, null));
        announcer.post(SupervisionEvents.RELATIONSHIP_ENDED, relationshipId, actor, now, "supervisorId", row.supervisorId(),
                "superviseeId", row.superviseeId(), "lastDay", lastDay);
        RelationshipRow ended = relationshipStore.find(relationshipId).orElseThrow();
        Message message = new Message("supervision.relationship", "A supervision relationship ends", "The supervision of "
                + ended.superviseeName() + " by " + ended.supervisorName() + " ends on " + lastDay + ".",
                "/supervision");
        announcer.tell(actor, ended.superviseeId(), message);
        announcer.tell(actor, ended.supervisorId(), message);
        return view(ended);
    }

    @Override
    public List<RuleSetInfo> ruleSets() {
        return ruleSets.list();
    }

    // ---- the supervision log ----

    @Override
    public SupervisionSession logSession(Actor actor, NewSupervisionSession input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        require(input.relationshipId() != null, "relationshipId", "is required");
        RelationshipRow row = party(actor, input.relationshipId(), "supervision.session.log");
        if (actor.userId() == null || !(actor.userId().equals(row.supervisorId()) || actor.userId().equals(row.superviseeId()))) {
            throw new AccessDeniedException("The supervisor or the supervisee of the relationship logs its sessions.");
        }
        require(input.date() != null, "date", "is required (YYYY-MM-DD)");
        require(!input.date().isAfter(today()), "date", "is in the future; log a session once it has taken place");
        require(row.activeOn(input.date()), "date", "is outside the relationship (" + row.start() + " to "
                + (row.end() == null ? "now" : row.end()) + ")");
        require(input.minutes() >= 1 && input.minutes() <= 600, "minutes", "takes 1 to 600");
        require(input.format() != null, "format", "is required: INDIVIDUAL, TRIADIC or GROUP");
        require(input.medium() != null, "medium", "is required: IN_PERSON or VIDEO");
        String topics = optionalText("topics", input.topics(), MAX_TOPICS);
        Instant now = clock.instant();
        SupervisionSession session = new SupervisionSession(UUID.randomUUID(), row.id(), row.supervisorId(), row.superviseeId(),
                input.date(), input.minutes(), input.format(), input.medium(), topics, actor.userId(), now, null);
        log.insert(session);
        audit.record(AuditRecord.success(actor, "supervision.session.log", "supervision-session", session.id(), null));
        announcer.post(SupervisionEvents.SESSION_LOGGED, session.id(), actor, now, "supervisorId", row.supervisorId(),
                "superviseeId", row.superviseeId());
        announcer.tell(actor, row.supervisorId(), new Message("supervision.session", "A supervision session waits for your "
                + "verification", row.superviseeName() + " logged " + input.minutes() + " minutes of supervision on "
                + input.date() + ". Verify it so that it counts.", "/supervision"));
        return session;
    }

    @Override
    public SupervisionSession verifySession(Actor actor, UUID sessionId) {
        require(sessionId != null, "id", "is required");
        SupervisionSession session = log.find(sessionId).orElseThrow(() -> new RecordNotFoundException("supervision session",
                sessionId));
        if (actor.userId() == null || !actor.userId().equals(session.supervisorId())) {
            audit.record(new AuditRecord(actor, "supervision.session.verify", "supervision-session", sessionId, null,
                    AuditOutcome.DENIED, null, false));
            if (actor.has(Role.ADMIN) || session.superviseeId().equals(actor.userId())) {
                throw new AccessDeniedException("Only the supervisor of the session verifies it.");
            }
            throw new RecordNotFoundException("supervision session", sessionId);
        }
        Instant now = clock.instant();
        if (!log.verify(sessionId, now)) {
            throw new ConflictException("This session was already verified on "
                    + LocalDate.ofInstant(session.verifiedAt(), practice.zone()) + "; a verified entry cannot change.");
        }
        audit.record(AuditRecord.success(actor, "supervision.session.verify", "supervision-session", sessionId, null));
        announcer.post(SupervisionEvents.SESSION_VERIFIED, sessionId, actor, now, "supervisorId", session.supervisorId(),
                "superviseeId", session.superviseeId());
        return log.find(sessionId).orElseThrow();
    }

    @Override
    public List<SupervisionSession> sessions(Actor actor, UUID superviseeId) {
        UUID who = superviseeId != null ? superviseeId : actor.userId();
        require(who != null, "superviseeId", "is required");
        requireMaySee(actor, who, "supervision.session.list");
        audit.record(AuditRecord.success(actor, "supervision.session.list", "practitioner", who, null));
        // Topics are for the two people in the room; a co-supervisor or an admin sees dates and minutes.
        return log.ofSupervisee(who).stream().map(s -> s.supervisorId().equals(actor.userId())
                || s.superviseeId().equals(actor.userId()) ? s : withoutTopics(s)).toList();
    }

    // ---- client-contact hours ----

    @Override
    public ClientHours logHours(Actor actor, NewClientHours input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        UUID superviseeId = input.superviseeId() != null ? input.superviseeId() : actor.userId();
        require(superviseeId != null, "superviseeId", "is required");
        List<RelationshipRow> theirs = relationshipStore.ofSupervisee(superviseeId);
        boolean self = superviseeId.equals(actor.userId());
        if (!(self || theirs.stream().anyMatch(r -> r.supervisorId().equals(actor.userId())))) {
            audit.record(new AuditRecord(actor, "supervision.hours.log", "practitioner", superviseeId, null, AuditOutcome.DENIED,
                    null, false));
            throw new AccessDeniedException("A supervisee logs their own client hours; their supervisors may log them too.");
        }
        require(!theirs.isEmpty(), "superviseeId", "has no supervision relationship; hours are logged for supervisees");
        require(input.date() != null, "date", "is required (YYYY-MM-DD)");
        require(!input.date().isAfter(today()), "date", "is in the future");
        require(input.minutes() >= 1 && input.minutes() <= 720, "minutes", "takes 1 to 720");
        require(input.kind() != null, "kind", "is required: DIRECT or INDIRECT");
        ClientHours hours = new ClientHours(UUID.randomUUID(), superviseeId, input.date(), input.minutes(), input.kind(), null,
                optionalText("note", input.note(), MAX_HOURS_NOTE));
        handLogged.insert(hours, actor.userId(), clock.instant());
        audit.record(AuditRecord.success(actor, "supervision.hours.log", "client-hours", hours.id(), null));
        return hours;
    }

    @Override
    public HoursSummary hours(Actor actor, UUID superviseeId) {
        UUID who = superviseeId != null ? superviseeId : actor.userId();
        require(who != null, "superviseeId", "is required");
        requireMaySee(actor, who, "supervision.hours.read");
        HoursSummary summary = licensure.summary(actor, who);
        audit.record(AuditRecord.success(actor, "supervision.hours.read", "practitioner", who, null));
        return summary;
    }

    @Override
    public byte[] hoursPdf(Actor actor, UUID superviseeId) {
        UUID who = superviseeId != null ? superviseeId : actor.userId();
        require(who != null, "superviseeId", "is required");
        requireMaySee(actor, who, "supervision.hours.export");
        byte[] pdf = licensure.pdf(actor, who);
        audit.record(AuditRecord.success(actor, "supervision.hours.export", "practitioner", who, null));
        return pdf;
    }

    // ---- observation ----

    @Override
    public Observation requestObservation(Actor actor, NewObservation observation) {
        return observationDesk.request(actor, observation);
    }

    @Override
    public List<Observation> observations(Actor actor) {
        return observationDesk.list(actor);
    }

    @Override
    public Observation answerObservation(Actor actor, UUID observationId, boolean accept) {
        return observationDesk.answer(actor, observationId, accept);
    }

    @Override
    public Observation recordObservation(Actor actor, UUID observationId, String observations, String intervention) {
        return observationDesk.record(actor, observationId, observations, intervention);
    }

    /** The observation desk, for the watch that follows observed appointments when scheduling moves or cancels them. */
    ObservationDesk observationDesk() {
        return observationDesk;
    }

    // ---- for this bundle's grants and disclosure: quick, unaudited (the caller audits its own reads) ----

    /** The supervisee's relationships in force today. */
    List<RelationshipRow> supervisorsOf(UUID superviseeId, LocalDate day) {
        return relationshipStore.list(superviseeId, null, null).stream().filter(r -> r.activeOn(day)).toList();
    }

    /** The supervisor's relationships in force today. */
    List<RelationshipRow> superviseesOf(UUID supervisorId, LocalDate day) {
        return relationshipStore.list(null, supervisorId, null).stream().filter(r -> r.activeOn(day)).toList();
    }

    /**
     * Copies the practitioner's current name and license number into their relationships, read
     * from core here, on an event thread, so that grants and disclosures never need to ask core.
     */
    void refreshPerson(UUID userId) {
        people.find(userId).ifPresent(u -> relationshipStore.refreshPerson(u.id(), u.displayName(), u.licenseNumber()));
    }

    /** {@link #refreshPerson} for everyone in a relationship: names changed while the module was off. */
    void refreshEveryone() {
        relationshipStore.people().forEach(this::refreshPerson);
    }

    String ruleSetName(String ruleSetId) {
        return ruleSets.name(ruleSetId);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), practice.zone());
    }

    // ---- rules shared by the operations ----

    /**
     * Whether the actor may see a supervisee's log and hours: the supervisee, any supervisor of
     * theirs (past or present), admins. Anyone else is told there is nothing, and the attempt audited.
     */
    private void requireMaySee(Actor actor, UUID superviseeId, String action) {
        boolean allowed = actor.has(Role.ADMIN) || superviseeId.equals(actor.userId())
                || actor.userId() != null && !relationshipStore.list(superviseeId, actor.userId(), null).isEmpty();
        if (!allowed) {
            audit.record(new AuditRecord(actor, action, "practitioner", superviseeId, null, AuditOutcome.DENIED, null, false));
            throw new RecordNotFoundException("There is no supervision record of this practitioner that you may see.");
        }
    }

    /** A relationship the actor is on either side of, or any for admins; else not found (and audited). */
    private RelationshipRow party(Actor actor, UUID relationshipId, String action) {
        require(relationshipId != null, "id", "is required");
        RelationshipRow row = relationshipStore.find(relationshipId).orElseThrow(() -> new RecordNotFoundException(
                "supervision relationship", relationshipId));
        boolean party = row.supervisorId().equals(actor.userId()) || row.superviseeId().equals(actor.userId());
        if (!party && !actor.has(Role.ADMIN)) {
            audit.record(new AuditRecord(actor, action, "supervision-relationship", relationshipId, null, AuditOutcome.DENIED,
                    null, false));
            throw new RecordNotFoundException("supervision relationship", relationshipId);
        }
        return row;
    }

    private User practitioner(String field, UUID id) {
        User user = people.find(id).orElseThrow(() -> new InvalidInputException(field, "there is no such practitioner"));
        require(user.active(), field, user.displayName() + "'s account is deactivated");
        return user;
    }

    private static Relationship view(RelationshipRow r) {
        return Views.relationship(r);
    }

    private static SupervisionSession withoutTopics(SupervisionSession s) {
        return new SupervisionSession(s.id(), s.relationshipId(), s.supervisorId(), s.superviseeId(), s.date(), s.minutes(),
                s.format(), s.medium(), null, s.loggedBy(), s.loggedAt(), s.verifiedAt());
    }

    private String installedRuleSets() {
        List<RuleSetInfo> installed = ruleSets.list();
        return installed.isEmpty() ? "no rule set is installed"
                : "installed: " + installed.stream().map(RuleSetInfo::id).collect(Collectors.joining(", "));
    }

    private static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        require(value.length() <= max, field, "takes at most " + max + " characters");
        return value.strip();
    }
}
