package org.alliance.termination.internal;

import static org.alliance.support.input.Inputs.require;
import static org.alliance.support.input.Inputs.text;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.ClinicalCipher;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementEndingWorkflow;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModalityCatalog;
import org.alliance.api.core.ModalityInfo;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.document.DocumentRenderer;
import org.alliance.api.notes.NotesService;
import org.alliance.api.notify.Message;
import org.alliance.api.notify.Notifier;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.termination.AtRisk;
import org.alliance.api.termination.ChecklistItem;
import org.alliance.api.termination.Coverage;
import org.alliance.api.termination.NewCoverage;
import org.alliance.api.termination.NewPlan;
import org.alliance.api.termination.NewReferral;
import org.alliance.api.termination.Plan;
import org.alliance.api.termination.PlanStatus;
import org.alliance.api.termination.Referral;
import org.alliance.api.termination.TerminationEvents;
import org.alliance.api.termination.TerminationService;
import org.alliance.support.db.Db;
import org.alliance.termination.internal.store.CoverageRepository;
import org.alliance.termination.internal.store.PlanRepository;
import org.alliance.termination.internal.store.PlanRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * The termination rules. Registered also as core's {@link EngagementEndingWorkflow}: while this
 * component is active, core refuses plain closes and accepts an ending only from this instance.
 * Scheduling, notes and notify are optional collaborators: with them the checklist fills itself
 * and closing cancels future sessions and tells people; without them the therapist ticks by hand.
 */
@Component(service = {TerminationService.class, EngagementEndingWorkflow.class, TerminationServiceImpl.class})
public class TerminationServiceImpl implements TerminationService, EngagementEndingWorkflow {

    private static final int MAX_CLOSURE_SESSIONS = 52;

    private final PlanRepository plans;
    private final CoverageRepository coverage;
    private final EngagementService engagements;
    private final ClientService clients;
    private final UserService users;
    private final AuditLog audit;
    private final ModalityCatalog modalities;
    private final DocumentRenderer renderer;
    private final Practice practice;
    private final TerminationSettings settings;
    private final EventAdmin events;
    private final Clock clock;
    private volatile SchedulingService scheduling;
    private final Sessions sessions = new Sessions(() -> this.scheduling);

    private volatile NotesService notes;
    private volatile Notifier notifier;

    @Activate
    public TerminationServiceImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=TERMINATION)") ModuleSchema schema, @Reference ClinicalCipher cipher,
            @Reference EngagementService engagements, @Reference ClientService clients, @Reference UserService users,
            @Reference AuditLog audit, @Reference ModalityCatalog modalities, @Reference DocumentRenderer renderer,
            @Reference Practice practice, @Reference TerminationSettings settings, @Reference EventAdmin events) {
        this(new Db(dataSource), cipher, engagements, clients, users, audit, modalities, renderer, practice, settings, events,
                Clock.systemUTC());
    }

    TerminationServiceImpl(Db db, ClinicalCipher cipher, EngagementService engagements, ClientService clients,
            UserService users, AuditLog audit, ModalityCatalog modalities, DocumentRenderer renderer, Practice practice,
            TerminationSettings settings, EventAdmin events, Clock clock) {
        this.plans = new PlanRepository(db, cipher);
        this.coverage = new CoverageRepository(db);
        this.engagements = engagements;
        this.clients = clients;
        this.users = users;
        this.audit = audit;
        this.modalities = modalities;
        this.renderer = renderer;
        this.practice = practice;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
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
    void setNotes(NotesService service) {
        this.notes = service;
    }

    void unsetNotes(NotesService gone) {
        if (notes == gone) {
            notes = null;
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
    public String howToEnd() {
        return "Plan the ending on the Termination page (or POST /api/v1/termination/plans): it checks notice, "
                + "referrals and the closing documentation first.";
    }

    TerminationSettings.Policy policy() {
        return settings.policy();
    }

    // ---- plans ----

    @Override
    public Plan create(Actor actor, NewPlan input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        require(input.engagementId() != null, "engagementId", "is required");
        require(input.reason() != null, "reason", "is required: GOALS_MET, CLIENT_REQUEST, NOT_BENEFITING, "
                + "REFERRAL_NEEDED, THERAPIST_UNAVAILABLE, THREAT_TO_THERAPIST or PREVENTED_BY_CLIENT_OR_PAYER");
        require(input.plannedEndDate() != null, "plannedEndDate", "is required (YYYY-MM-DD)");
        Engagement engagement = treated(actor, input.engagementId(), "termination.plan.create");
        if (engagement.status() != EngagementStatus.ACTIVE) {
            throw new ConflictException("This engagement has already ended. A new episode of care starts as a new engagement.");
        }
        LocalDate today = today();
        require(!input.plannedEndDate().isBefore(today), "plannedEndDate", "is in the past");
        TerminationSettings.Policy policy = settings.policy();
        int closureSessions = input.closureSessions() == null ? policy.minimumClosureSessions() : input.closureSessions();
        require(closureSessions >= 0 && closureSessions <= MAX_CLOSURE_SESSIONS, "closureSessions",
                "takes 0 to " + MAX_CLOSURE_SESSIONS);
        List<String> shortfalls = NoticeRules.shortfalls(policy, today, input.plannedEndDate(), closureSessions);
        if (!shortfalls.isEmpty() && !input.reason().isNoticeException()) {
            audit.record(new AuditRecord(actor, "termination.plan.create", "engagement", engagement.id(),
                    engagement.clientId(), AuditOutcome.DENIED, "too little notice", false));
            throw new RuleViolationException("Not enough notice to end this engagement: " + String.join(" ", shortfalls)
                    + " Only a client's request, a threat to the therapist, or the client or a payer preventing "
                    + "therapy may end it sooner, with a supervisor's or admin's approval.", shortfalls);
        }
        boolean approval = NoticeRules.needsApproval(input.reason(), shortfalls);
        Instant now = clock.instant();
        PlanRow row = new PlanRow(UUID.randomUUID(), engagement.id(), engagement.clientId(), engagement.therapistId(),
                engagement.modality(), input.reason(), approval ? PlanStatus.AWAITING_APPROVAL : PlanStatus.ACTIVE, input.plannedEndDate(),
                closureSessions, now, actor.userId(), null, null, null);
        if (!plans.insert(row)) {
            throw new ConflictException("This engagement already has an open termination plan.");
        }
        audit.record(new AuditRecord(actor, "termination.plan.create", "termination-plan", row.id(), row.clientId(),
                AuditOutcome.SUCCESS, approval ? "short-notice exception (" + input.reason() + "): " + String.join(" ", shortfalls)
                        : null, approval));
        post(TerminationEvents.PLAN_CREATED, row, actor, now, null);
        if (approval) {
            askForApproval(actor, row);
        }
        return view(actor, row);
    }

    @Override
    public Plan approve(Actor actor, UUID planId) {
        PlanRow row = visible(actor, planId, "termination.plan.approve");
        if (!(actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)) || row.createdBy().equals(actor.userId())) {
            audit.record(new AuditRecord(actor, "termination.plan.approve", "termination-plan", planId, row.clientId(),
                    AuditOutcome.DENIED, null, false));
            throw new AccessDeniedException("A short-notice ending is approved by a supervisor or an admin other than "
                    + "the person who planned it.");
        }
        Instant now = clock.instant();
        if (!plans.approve(planId, actor.userId(), now)) {
            throw new ConflictException("This plan is not waiting for approval.");
        }
        audit.record(new AuditRecord(actor, "termination.plan.approve", "termination-plan", planId, row.clientId(),
                AuditOutcome.SUCCESS, "short-notice exception approved (" + row.reason() + ")", true));
        PlanRow approved = plans.find(planId).orElseThrow();
        post(TerminationEvents.PLAN_APPROVED, approved, actor, now, null);
        tell(approved.therapistId(), new Message("termination.approved", "Your short-notice termination plan was approved",
                "A supervisor or admin approved the termination plan you made with short notice. You can now work "
                        + "through its checklist and close the engagement.", link(approved)));
        return view(actor, approved);
    }

    @Override
    public Plan get(Actor actor, UUID planId) {
        PlanRow row = visible(actor, planId, "termination.plan.read");
        audit.record(AuditRecord.success(actor, "termination.plan.read", "termination-plan", planId, row.clientId()));
        return view(actor, row);
    }

    @Override
    public List<Plan> awaitingApproval(Actor actor) {
        if (!(actor.has(Role.SUPERVISOR) || actor.has(Role.ADMIN)) || actor.isSystem()) {
            return List.of();
        }
        List<Plan> result = new ArrayList<>();
        for (PlanRow row : plans.awaitingApproval()) {
            if (!row.createdBy().equals(actor.userId())) {
                audit.record(AuditRecord.success(actor, "termination.plan.read", "termination-plan", row.id(), row.clientId()));
                result.add(view(actor, row));
            }
        }
        return result;
    }

    @Override
    public List<Plan> forEngagement(Actor actor, UUID engagementId) {
        require(engagementId != null, "engagementId", "is required");
        Engagement engagement = engagements.get(actor, engagementId);
        if (!mayRead(actor, engagement.therapistId())) {
            throw new AccessDeniedException("Only the treating practitioner, supervisors and admins see termination plans.");
        }
        List<Plan> result = new ArrayList<>();
        for (PlanRow row : plans.byEngagement(engagementId)) {
            result.add(view(actor, row));
        }
        audit.record(AuditRecord.success(actor, "termination.plan.list", "engagement", engagementId, engagement.clientId()));
        return result;
    }

    @Override
    public Plan addReferral(Actor actor, UUID planId, NewReferral input) {
        PlanRow row = open(actor, planId, "termination.referral.add");
        if (input == null) {
            throw new InvalidInputException("body", "is required: {\"name\": ..., \"contact\": ...}");
        }
        String name = text("name", input.name(), 200);
        String contact = text("contact", input.contact(), 500);
        if (input.practitionerId() != null) {
            try {
                users.get(Actor.system("termination"), input.practitionerId());
            } catch (RecordNotFoundException e) {
                throw new InvalidInputException("practitionerId", "there is no such practitioner");
            }
        }
        plans.addReferral(planId, new Referral(UUID.randomUUID(), name, contact, input.practitionerId(), actor.userId(),
                clock.instant()));
        audit.record(AuditRecord.success(actor, "termination.referral.add", "termination-plan", planId, row.clientId()));
        return view(actor, plans.find(planId).orElseThrow());
    }

    @Override
    public Plan markItem(Actor actor, UUID planId, String itemId, boolean done, String note) {
        PlanRow row = open(actor, planId, "termination.checklist.mark");
        ChecklistItem item = checklist(actor, row).stream().filter(i -> i.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("itemId", "there is no checklist item '" + itemId + "'"));
        if (item.automatic()) {
            throw new InvalidInputException("itemId", "'" + item.label() + "' is decided from the record"
                    + (item.note() == null ? "" : " (" + item.note() + ")") + " and cannot be ticked by hand");
        }
        if (done) {
            plans.tick(planId, itemId, text("note", note, 5_000), actor.userId(), clock.instant());
        } else {
            plans.untick(planId, itemId);
        }
        audit.record(AuditRecord.success(actor, "termination.checklist.mark", "termination-plan", planId, row.clientId()));
        return view(actor, plans.find(planId).orElseThrow());
    }

    @Override
    public Plan close(Actor actor, UUID planId) {
        PlanRow row = treatedPlan(actor, planId, "termination.plan.close");
        if (row.status() == PlanStatus.AWAITING_APPROVAL) {
            throw new ConflictException("This short-notice plan waits for a supervisor's or admin's approval before it can close.");
        }
        if (row.status() == PlanStatus.CLOSED) {
            throw new ConflictException("This plan is already closed; the engagement ended on " + row.endedOn() + ".");
        }
        List<String> open = Checklist.open(checklist(actor, row));
        if (!open.isEmpty()) {
            throw new ConflictException("Before the engagement can end, complete: " + String.join("; ", open) + ".");
        }
        LocalDate today = today();
        Instant now = clock.instant();
        if (!plans.close(planId, today)) {
            throw new ConflictException("This plan changed while closing it; look at it again.");
        }
        try {
            engagements.endThroughWorkflow(this, actor, row.engagementId(), "Ended through termination plan ("
                    + row.reason() + ")", now);
        } catch (RuntimeException e) {
            plans.reopen(planId, row.engagementId());
            throw e;
        }
        int cancelled = sessions.cancelFuture(actor, row, now);
        PlanRow closed = plans.find(planId).orElseThrow();
        audit.record(new AuditRecord(actor, "termination.plan.close", "termination-plan", planId, row.clientId(),
                AuditOutcome.SUCCESS, today.isBefore(row.plannedEnd()) ? "closed before the planned end " + row.plannedEnd()
                        : null, false));
        post(TerminationEvents.PLAN_CLOSED, closed, actor, now, today);
        tell(row.therapistId(), new Message("termination.closed", "An engagement has ended",
                "The engagement ended on " + today + " through its termination plan."
                        + (cancelled == 0 ? "" : " " + cancelled + " future appointment" + (cancelled == 1 ? " was" : "s were")
                                + " cancelled and the client was told.")
                        + " The termination letter is ready on the plan.", link(closed)));
        return view(actor, closed);
    }

    @Override
    public byte[] letterPdf(Actor actor, UUID planId) {
        PlanRow row = plans.find(planId).orElseThrow(() -> new RecordNotFoundException("termination plan", planId));
        if (!(row.therapistId().equals(actor.userId()) || actor.has(Role.ADMIN))) {
            audit.record(new AuditRecord(actor, "termination.letter", "termination-plan", planId, row.clientId(),
                    AuditOutcome.DENIED, null, false));
            throw new RecordNotFoundException("termination plan", planId);
        }
        String clientName = clients.visibleName(actor, row.clientId());
        byte[] pdf = renderer.pdf(TerminationLetter.of(row, clientName, displayName(row.therapistId()), practice.name(),
                plans.referrals(planId), engagements.disclosures(actor, row.engagementId()), today()));
        audit.record(AuditRecord.success(actor, "termination.letter", "termination-plan", planId, row.clientId()));
        return pdf;
    }

    // ---- at risk and coverage ----

    @Override
    public List<AtRisk> atRisk(Actor actor) {
        boolean everyone = actor.isSystem() || actor.has(Role.ADMIN) || actor.has(Role.SUPERVISOR);
        List<Engagement> active = engagements.list(actor, null, everyone ? null : actor.userId()).stream()
                .filter(e -> e.status() == EngagementStatus.ACTIVE).toList();
        LocalDate today = today();
        int days = settings.policy().atRiskDays();
        Map<UUID, String> names = new HashMap<>();
        List<AtRisk> result = new ArrayList<>();
        for (Engagement e : active) {
            if (plans.hasOpenPlan(e.id())) {
                continue;
            }
            LocalDate last = sessions.lastHeld(actor, e, () -> notes, clock.instant(), practice.zone());
            LocalDate since = last != null ? last : e.startedAt().atZone(practice.zone()).toLocalDate();
            long without = ChronoUnit.DAYS.between(since, today);
            if (without >= days) {
                result.add(new AtRisk(e.id(), e.clientId(), e.clientName(), e.therapistId(),
                        names.computeIfAbsent(e.therapistId(), this::displayName), last, without));
            }
        }
        result.sort((a, b) -> Long.compare(b.daysWithoutSession(), a.daysWithoutSession()));
        return result;
    }

    /** Tells each therapist once about each engagement of theirs newly at risk; run by {@link AtRiskWatch}. */
    int notifyAtRisk() {
        List<AtRisk> found = atRisk(Actor.system("termination"));
        int told = 0;
        for (AtRisk r : found) {
            if (plans.markAtRiskNotified(r.engagementId(), clock.instant())) {
                told++;
                tell(r.therapistId(), new Message("termination.at-risk", "An engagement has had no session for "
                        + r.daysWithoutSession() + " days", "One of your engagements has had no session for "
                        + r.daysWithoutSession() + " days and has no termination plan. Book the next session, or plan an "
                        + "ending with the client, so that nobody is left without care.", "/termination/" + r.engagementId()));
            }
        }
        plans.clearAtRiskNotices(found.stream().map(AtRisk::engagementId).toList());
        return told;
    }

    @Override
    public Coverage addCoverage(Actor actor, NewCoverage input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        require(input.therapistId() != null, "therapistId", "is required");
        require(input.coveringTherapistId() != null, "coveringTherapistId", "is required");
        require(input.from() != null, "from", "is required (YYYY-MM-DD)");
        require(input.to() != null, "to", "is required (YYYY-MM-DD)");
        if (!(input.therapistId().equals(actor.userId()) || actor.has(Role.ADMIN))) {
            throw new AccessDeniedException("A therapist names their own cover; an admin may name anyone's.");
        }
        require(!input.coveringTherapistId().equals(input.therapistId()), "coveringTherapistId",
                "must be someone other than the absent therapist");
        require(!input.to().isBefore(input.from()), "to", "is before 'from'");
        require(!input.to().isBefore(today()), "to", "is in the past");
        practitioner("therapistId", input.therapistId());
        User cover = practitioner("coveringTherapistId", input.coveringTherapistId());
        require(cover.active(), "coveringTherapistId", cover.displayName() + "'s account is deactivated");
        CoverageRepository.CoverageRow row = new CoverageRepository.CoverageRow(UUID.randomUUID(), input.therapistId(),
                input.coveringTherapistId(), input.from(), input.to());
        coverage.insert(row, actor.userId(), clock.instant());
        audit.record(AuditRecord.success(actor, "termination.coverage.add", "coverage", row.id(), null));
        tell(row.coveringId(), new Message("termination.coverage", "You cover for a colleague",
                displayName(row.therapistId()) + " is away from " + row.from() + " to " + row.to()
                        + " and has named you to cover their clients.", "/termination"));
        return coverageView(row);
    }

    @Override
    public List<Coverage> coverage(Actor actor, UUID therapistId) {
        boolean everyone = actor.has(Role.ADMIN) || actor.has(Role.SUPERVISOR) || actor.isSystem();
        UUID who = therapistId != null ? therapistId : (everyone ? null : actor.userId());
        return coverage.current(who, today()).stream().map(this::coverageView).toList();
    }

    // ---- rules shared by the operations ----

    private boolean mayRead(Actor actor, UUID therapistId) {
        return therapistId.equals(actor.userId()) || actor.has(Role.ADMIN) || actor.has(Role.SUPERVISOR);
    }

    private PlanRow visible(Actor actor, UUID planId, String action) {
        PlanRow row = plans.find(planId).orElseThrow(() -> new RecordNotFoundException("termination plan", planId));
        if (!mayRead(actor, row.therapistId())) {
            audit.record(new AuditRecord(actor, action, "termination-plan", planId, row.clientId(), AuditOutcome.DENIED,
                    null, false));
            throw new RecordNotFoundException("termination plan", planId);
        }
        return row;
    }

    private PlanRow treatedPlan(Actor actor, UUID planId, String action) {
        PlanRow row = visible(actor, planId, action);
        if (!row.therapistId().equals(actor.userId())) {
            audit.record(new AuditRecord(actor, action, "termination-plan", planId, row.clientId(), AuditOutcome.DENIED,
                    null, false));
            throw new AccessDeniedException("Only the treating practitioner works through the plan and closes it.");
        }
        return row;
    }

    private PlanRow open(Actor actor, UUID planId, String action) {
        PlanRow row = treatedPlan(actor, planId, action);
        if (row.status() == PlanStatus.CLOSED) {
            throw new ConflictException("This plan is closed.");
        }
        return row;
    }

    private Engagement treated(Actor actor, UUID engagementId, String action) {
        Engagement engagement = engagements.get(actor, engagementId);
        if (!engagement.therapistId().equals(actor.userId())) {
            audit.record(new AuditRecord(actor, action, "engagement", engagementId, engagement.clientId(),
                    AuditOutcome.DENIED, null, false));
            throw new AccessDeniedException("Only the treating practitioner plans the end of an engagement.");
        }
        return engagement;
    }

    private User practitioner(String field, UUID id) {
        User user;
        try {
            user = users.get(Actor.system("termination"), id);
        } catch (RecordNotFoundException e) {
            throw new InvalidInputException(field, "there is no such practitioner");
        }
        require(user.roles().stream().anyMatch(Role::treats), field, user.displayName() + " does not treat clients");
        return user;
    }

    private List<ChecklistItem> checklist(Actor actor, PlanRow row) {
        return Checklist.of(row, plans.ticks(row.id()), plans.referrals(row.id()), facts(actor, row));
    }

    /**
     * What scheduling and notes say about the plan's engagement, asked as the module itself (facts
     * without clinical content), so that the therapist, a supervisor approving and an admin all see
     * the same checklist; the reader's own access was checked and audited on the plan.
     */
    private Checklist.Facts facts(Actor reader, PlanRow row) {
        Actor actor = Actor.system("termination");
        NotesService record = notes;
        org.alliance.api.notes.RecordFacts recordFacts = null;
        if (record != null) {
            try {
                recordFacts = record.facts(actor, row.engagementId());
            } catch (org.alliance.api.core.AllianceException refused) {
                recordFacts = null;
            }
        }
        return new Checklist.Facts(sessions.heldClosureSessions(actor, row, clock.instant()), recordFacts);
    }

    private Plan view(Actor actor, PlanRow row) {
        Checklist.Facts facts = facts(actor, row);
        List<Referral> referrals = plans.referrals(row.id());
        List<String> considerations = modalities.find(row.modality())
                .map(ModalityInfo::terminationConsiderations).orElse(List.of());
        return new Plan(row.id(), row.engagementId(), row.clientId(), row.therapistId(), row.reason(), row.status(),
                row.plannedEnd(), row.closureSessions(), row.createdAt(), row.createdBy(), row.approvedBy(), row.approvedAt(),
                row.endedOn(), Checklist.of(row, plans.ticks(row.id()), referrals, facts), referrals, considerations,
                facts.heldClosureSessions());
    }

    /**
     * The therapists whose absence {@code coveringId} covers today, each with the reason for the
     * audit log. Read straight from the table: core asks this on every request of the cover.
     */
    Map<UUID, String> coveredToday(UUID coveringId) {
        Map<UUID, String> covered = new HashMap<>();
        for (CoverageRepository.CoverageRow row : coverage.coveredBy(coveringId, today())) {
            covered.putIfAbsent(row.therapistId(), "covering during an absence, " + row.from() + " to " + row.to());
        }
        return covered;
    }

    private Coverage coverageView(CoverageRepository.CoverageRow row) {
        return new Coverage(row.id(), row.therapistId(), displayName(row.therapistId()), row.coveringId(),
                displayName(row.coveringId()), row.from(), row.to());
    }

    private void askForApproval(Actor author, PlanRow row) {
        for (var colleague : users.colleagues(Actor.system("termination"))) {
            boolean approver = colleague.roles().contains(Role.SUPERVISOR) || colleague.roles().contains(Role.ADMIN);
            if (approver && !colleague.id().equals(author.userId())) {
                tell(colleague.id(), new Message("termination.approval", "A short-notice termination plan waits for approval",
                        author.displayName() + " plans to end an engagement with less than the practice's notice ("
                                + row.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                                + "). It needs your approval.", "/termination/plans/" + row.id()));
            }
        }
    }

    private void tell(UUID userId, Message message) {
        Notifier n = notifier;
        if (n != null) {
            n.notifyUser(userId, message, false);
        }
    }

    private void post(String topic, PlanRow row, Actor actor, Instant at, LocalDate endedOn) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", row.id().toString());
        props.put("engagementId", row.engagementId().toString());
        props.put("clientId", row.clientId().toString());
        props.put("therapistId", row.therapistId().toString());
        props.put("reason", row.reason().name());
        props.put("at", at.toString());
        if (actor.userId() != null) {
            props.put("actorId", actor.userId().toString());
        }
        if (endedOn != null) {
            props.put("endedOn", endedOn.toString());
        }
        events.postEvent(new Event(topic, props));
    }

    private String displayName(UUID userId) {
        try {
            return users.get(Actor.system("termination"), userId).displayName();
        } catch (RecordNotFoundException e) {
            return "Former practitioner";
        }
    }

    private static String link(PlanRow row) {
        return "/termination/" + row.engagementId();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), practice.zone());
    }
}
