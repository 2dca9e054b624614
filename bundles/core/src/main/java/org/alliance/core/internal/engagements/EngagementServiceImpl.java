package org.alliance.core.internal.engagements;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementEndingWorkflow;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.Events;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.NewEngagement;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.core.internal.Checks;
import org.alliance.core.internal.EventProps;
import org.alliance.core.internal.access.CaseloadGrants;
import org.alliance.core.internal.access.Disclosures;
import org.alliance.core.internal.audit.AuditLogImpl;
import org.alliance.core.internal.clients.ClientServiceImpl;
import org.alliance.core.internal.config.CompetencePolicy;
import org.alliance.core.internal.config.PracticeSettings;
import org.alliance.core.internal.db.DataAccessException;
import org.alliance.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * Engagements in {@code CORE.ENGAGEMENT}. Who may see one: its treating practitioner, front
 * desk and admins (for scheduling; the client's name is masked as the client rules say).
 */
@Component(service = EngagementService.class)
public class EngagementServiceImpl implements EngagementService {

    private final EngagementRepository repository;
    private final PracticeSettings settings;
    private final UserService users;
    private final ClientServiceImpl clients;
    private final AuditLogImpl audit;
    private final EventAdmin events;
    private final CaseloadGrants caseloads;
    private final Disclosures disclosures;
    private final Clock clock;
    private final List<EngagementEndingWorkflow> endingWorkflows = new CopyOnWriteArrayList<>();

    @Activate
    public EngagementServiceImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=CORE)") ModuleSchema schema, @Reference UserService users,
            @Reference ClientServiceImpl clients, @Reference AuditLogImpl audit, @Reference EventAdmin events,
            @Reference PracticeSettings settings, @Reference CaseloadGrants caseloads, @Reference Disclosures disclosures) {
        this(new Jdbc(dataSource), users, clients, audit, events, settings, caseloads, disclosures, Clock.systemUTC());
    }

    /** Builds the service outside OSGi, on an explicit connection helper and clock (tests, tools). */
    public static EngagementServiceImpl using(Jdbc jdbc, UserService users, ClientServiceImpl clients, AuditLogImpl audit,
            EventAdmin events, PracticeSettings settings, CaseloadGrants caseloads, Disclosures disclosures,
            Clock clock) {
        return new EngagementServiceImpl(jdbc, users, clients, audit, events, settings, caseloads, disclosures, clock);
    }

    EngagementServiceImpl(Jdbc jdbc, UserService users, ClientServiceImpl clients, AuditLogImpl audit,
            EventAdmin events, PracticeSettings settings, CaseloadGrants caseloads, Disclosures disclosures,
            Clock clock) {
        this.settings = settings;
        this.repository = new EngagementRepository(jdbc);
        this.users = users;
        this.clients = clients;
        this.audit = audit;
        this.events = events;
        this.caseloads = caseloads;
        this.disclosures = disclosures;
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addEndingWorkflow(EngagementEndingWorkflow workflow) {
        endingWorkflows.add(workflow);
    }

    void removeEndingWorkflow(EngagementEndingWorkflow workflow) {
        endingWorkflows.remove(workflow);
    }

    @Override
    public Engagement create(Actor actor, NewEngagement input) {
        if (input.clientId() == null) {
            throw new InvalidInputException("clientId", "is required");
        }
        if (input.therapistId() == null) {
            throw new InvalidInputException("therapistId", "is required");
        }
        String modality = Checks.modality("modality", input.modality());
        AuditRecord attempt = AuditRecord.success(actor, "engagement.create", "engagement", null, input.clientId());
        if (!clients.isKnownTo(actor, input.clientId())) {
            audit.record(attempt.withOutcome(AuditOutcome.FAILED));
            throw new RecordNotFoundException("client", input.clientId());
        }
        User therapist = therapist(input.therapistId());
        boolean office = actor.has(Role.ADMIN) || actor.has(Role.FRONTDESK);
        boolean forSelf = input.therapistId().equals(actor.userId())
                && (clients.registeredBy(actor, input.clientId()) || !repository.find(input.clientId(), actor.userId()).isEmpty());
        if (!office && !forSelf) {
            audit.record(attempt.withOutcome(AuditOutcome.DENIED));
            throw new AccessDeniedException("You can open engagements only for yourself, with clients you registered or"
                    + " already treat; front desk and admins open them for others.");
        }
        if (repository.activeExists(input.clientId(), therapist.id(), modality)) {
            throw new ConflictException("This client already has an active " + modality + " engagement with "
                    + therapist.displayName() + ".");
        }
        String competence = competence(therapist, modality).orElse(null);
        if (competence != null && settings.values().competencePolicy() == CompetencePolicy.REFUSE) {
            audit.record(attempt.withOutcome(AuditOutcome.DENIED));
            throw new InvalidInputException("modality", competence + " The practice's policy refuses such engagements.");
        }
        EngagementRow row = new EngagementRow(UUID.randomUUID(), input.clientId(), therapist.id(), modality,
                EngagementStatus.ACTIVE, clock.instant(), null, null, actor.userId());
        if (isSelfTreatment(row)) {
            throw new InvalidInputException("therapistId", "a practitioner cannot be their own therapist");
        }
        try {
            repository.insert(row);
        } catch (DataAccessException e) {
            if (e.isDuplicateKey()) {
                throw new ConflictException("This client already has an active " + modality + " engagement with "
                        + therapist.displayName() + ".");
            }
            throw e;
        }
        audit.record(competence == null
                ? AuditRecord.success(actor, "engagement.create", "engagement", row.id(), row.clientId())
                : new AuditRecord(actor, "engagement.create", "engagement", row.id(), row.clientId(), AuditOutcome.SUCCESS,
                        "outside declared competence: " + modality, true));
        events.postEvent(new Event(Events.ENGAGEMENT_CREATED, eventProps(row, actor, row.startedAt())));
        return view(actor, row);
    }

    @Override
    public Optional<String> competenceWarning(Actor actor, UUID therapistId, String modality) {
        if (actor.roles().isEmpty() && !actor.isSystem()) {
            throw new AccessDeniedException("Only practice staff can ask.");
        }
        if (therapistId == null) {
            throw new InvalidInputException("therapistId", "is required");
        }
        return competence(therapist(therapistId), Checks.modality("modality", modality));
    }

    /** The competence warning for this therapist and modality, unless declared or not checked. */
    private Optional<String> competence(User therapist, String modality) {
        if (settings.values().competencePolicy() == CompetencePolicy.OFF || therapist.modalities().contains(modality)) {
            return Optional.empty();
        }
        return Optional.of(therapist.displayName() + " has not declared competence in " + modality
                + " (an admin records declared modalities under Users).");
    }

    @Override
    public List<Engagement> list(Actor actor, UUID clientId, UUID therapistId) {
        boolean office = actor.has(Role.ADMIN) || actor.has(Role.FRONTDESK);
        Map<UUID, String> caseloadGrants = office ? Map.of() : caseloads.visibleTo(actor);
        List<EngagementRow> rows = new ArrayList<>();
        if (office) {
            rows.addAll(repository.find(clientId, therapistId));
        } else if (actor.userId() != null) {
            if (therapistId == null || therapistId.equals(actor.userId())) {
                rows.addAll(repository.find(clientId, actor.userId()));
            }
            // A granted caseload shows its active engagements only: what a cover or supervisor needs now.
            caseloadGrants.keySet().stream().filter(granted -> therapistId == null || therapistId.equals(granted))
                    .forEach(granted -> repository.find(clientId, granted).stream()
                            .filter(row -> row.status() == EngagementStatus.ACTIVE).forEach(rows::add));
            rows.sort(Comparator.comparing(EngagementRow::startedAt).reversed());
        }
        List<Engagement> result = new ArrayList<>();
        List<AuditRecord> trail = new ArrayList<>();
        Map<UUID, ClientServiceImpl.NameAsSeen> names = new HashMap<>();
        for (EngagementRow row : rows) {
            ClientServiceImpl.NameAsSeen name = names.computeIfAbsent(row.clientId(),
                    id -> clients.nameAsSeenBy(actor, id, caseloadGrants));
            result.add(toEngagement(actor, row, name.name()));
            trail.add(audited(actor, "engagement.list", row, name, caseloadGrants.get(row.therapistId())));
        }
        audit.recordAll(trail);
        return result;
    }

    @Override
    public Engagement get(Actor actor, UUID engagementId) {
        Visible visible = visible(actor, engagementId, "engagement.read");
        ClientServiceImpl.NameAsSeen name = clients.nameAsSeenBy(actor, visible.row().clientId());
        audit.record(audited(actor, "engagement.read", visible.row(), name, visible.viaCaseload()));
        return toEngagement(actor, visible.row(), name.name());
    }

    @Override
    public boolean treatsOrTreated(UUID therapistId, UUID practitionerId) {
        return therapistId != null && practitionerId != null && repository.treatsPractitioner(therapistId, practitionerId);
    }

    @Override
    public List<String> disclosures(Actor actor, UUID engagementId) {
        Visible visible = visible(actor, engagementId, "engagement.read-disclosures");
        audit.record(new AuditRecord(actor, "engagement.read-disclosures", "engagement", engagementId,
                visible.row().clientId(), AuditOutcome.SUCCESS, visible.viaCaseload(), false));
        return disclosures.about(visible.row().therapistId(), LocalDate.now(clock));
    }

    /**
     * A read of an engagement; flagged when the client's real name shows only through an emergency
     * grant, and carrying the caseload grant's reason when seen through one.
     */
    private static AuditRecord audited(Actor actor, String action, EngagementRow row, ClientServiceImpl.NameAsSeen name,
            String viaCaseload) {
        return new AuditRecord(actor, action, "engagement", row.id(), row.clientId(), AuditOutcome.SUCCESS,
                name.viaBreakGlass() ? "break-glass" : viaCaseload, name.viaBreakGlass());
    }

    @Override
    public Engagement close(Actor actor, UUID engagementId, String reason) {
        EngagementRow row = visible(actor, engagementId, "engagement.close").row();
        if (!endingWorkflows.isEmpty()) {
            throw new ConflictException("Engagements end through the termination workflow in this practice. "
                    + endingWorkflows.get(0).howToEnd());
        }
        return end(actor, row, reason, clock.instant());
    }

    @Override
    public Engagement endThroughWorkflow(EngagementEndingWorkflow workflow, Actor actor, UUID engagementId, String reason,
            Instant endedAt) {
        if (endingWorkflows.stream().noneMatch(registered -> registered == workflow)) {
            throw new IllegalStateException("only the registered ending workflow ends engagements this way");
        }
        EngagementRow row = visible(actor, engagementId, "engagement.close").row();
        return end(actor, row, reason, endedAt == null ? clock.instant() : endedAt);
    }

    private Engagement end(Actor actor, EngagementRow row, String reason, Instant at) {
        if (!actor.has(Role.ADMIN) && !row.therapistId().equals(actor.userId())) {
            audit.record(new AuditRecord(actor, "engagement.close", "engagement", row.id(), row.clientId(),
                    AuditOutcome.DENIED, null, false));
            throw new AccessDeniedException("Only the treating practitioner or an admin can close an engagement.");
        }
        String why = Checks.required("reason", reason, 2000);
        if (!repository.end(row.id(), at, why)) {
            throw new ConflictException("This engagement has already ended.");
        }
        // The reason may be clinical: it stays on the engagement (treating practitioner only), not in the audit log.
        audit.record(AuditRecord.success(actor, "engagement.close", "engagement", row.id(), row.clientId()));
        Map<String, Object> props = eventProps(row, actor, at);
        props.put(Events.PROP_REASON, why);
        events.postEvent(new Event(Events.ENGAGEMENT_ENDED, props));
        return view(actor, repository.find(row.id()).orElseThrow());
    }

    /**
     * An engagement the actor may see.
     *
     * @param viaCaseload the caseload grant's reason when the actor sees it only through one, else {@code null}
     */
    private record Visible(EngagementRow row, String viaCaseload) {
    }

    private Visible visible(Actor actor, UUID engagementId, String action) {
        EngagementRow row = repository.find(engagementId).orElse(null);
        if (row != null && (actor.has(Role.ADMIN) || actor.has(Role.FRONTDESK) || row.therapistId().equals(actor.userId()))) {
            return new Visible(row, null);
        }
        String viaCaseload = row == null || row.status() != EngagementStatus.ACTIVE ? null
                : caseloads.visibleTo(actor).get(row.therapistId());
        if (viaCaseload == null) {
            audit.record(new AuditRecord(actor, action, "engagement", engagementId, row == null ? null : row.clientId(),
                    row == null ? AuditOutcome.FAILED : AuditOutcome.DENIED, null, false));
            throw new RecordNotFoundException("engagement", engagementId);
        }
        return new Visible(row, viaCaseload);
    }

    private User therapist(UUID id) {
        User therapist;
        try {
            therapist = users.get(Actor.system("core"), id);
        } catch (RecordNotFoundException e) {
            throw new RecordNotFoundException("practitioner", id);
        }
        if (!therapist.active()) {
            throw new InvalidInputException("therapistId", therapist.displayName() + "'s account is inactive");
        }
        if (therapist.roles().stream().noneMatch(Role::treats)) {
            throw new InvalidInputException("therapistId", therapist.displayName()
                    + " does not treat clients (needs the therapist or intern role)");
        }
        return therapist;
    }

    private boolean isSelfTreatment(EngagementRow row) {
        return row.therapistId().equals(clients.practitionerAccountOf(row.clientId()));
    }

    private Engagement view(Actor actor, EngagementRow row) {
        return toEngagement(actor, row, clients.nameAsSeenBy(actor, row.clientId()).name());
    }

    /** The end reason may be clinical: only the treating practitioner reads it. */
    private static Engagement toEngagement(Actor actor, EngagementRow row, String clientName) {
        String endReason = row.therapistId().equals(actor.userId()) ? row.endReason() : null;
        return new Engagement(row.id(), row.clientId(), clientName, row.therapistId(), row.modality(), row.status(),
                row.startedAt(), row.endedAt(), endReason);
    }

    private static Map<String, Object> eventProps(EngagementRow row, Actor actor, Instant at) {
        Map<String, Object> props = EventProps.of(row.id(), actor, at);
        props.put(Events.PROP_CLIENT_ID, row.clientId().toString());
        props.put(Events.PROP_THERAPIST_ID, row.therapistId().toString());
        return props;
    }
}
