package org.alliance.core.internal.clients;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.Client;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Events;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.NewClient;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.UserService;
import org.alliance.core.internal.Checks;
import org.alliance.core.internal.EventProps;
import org.alliance.core.internal.access.CaseloadGrants;
import org.alliance.core.internal.audit.AuditLogImpl;
import org.alliance.core.internal.config.PracticeSettings;
import org.alliance.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Clients in {@code CORE.CLIENT}, every answer filtered by {@link ClientVisibility} and audited. */
@Component(service = {ClientService.class, ClientServiceImpl.class})
public class ClientServiceImpl implements ClientService {

    private static final int MIN_REASON_LENGTH = 10;

    private final ClientRepository repository;
    private final Pseudonyms pseudonyms = new Pseudonyms();
    private final UserService users;
    private final AuditLogImpl audit;
    private final PracticeSettings settings;
    private final EventAdmin events;
    private final CaseloadGrants caseloads;
    private final Clock clock;

    @Activate
    public ClientServiceImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=CORE)") ModuleSchema schema, @Reference UserService users,
            @Reference AuditLogImpl audit, @Reference PracticeSettings settings, @Reference EventAdmin events,
            @Reference CaseloadGrants caseloads) {
        this(new Jdbc(dataSource), users, audit, settings, events, caseloads, Clock.systemUTC());
    }

    /** Builds the service outside OSGi, on an explicit connection helper and clock (tests, tools). */
    public static ClientServiceImpl using(Jdbc jdbc, UserService users, AuditLogImpl audit, PracticeSettings settings,
            EventAdmin events, CaseloadGrants caseloads, Clock clock) {
        return new ClientServiceImpl(jdbc, users, audit, settings, events, caseloads, clock);
    }

    ClientServiceImpl(Jdbc jdbc, UserService users, AuditLogImpl audit, PracticeSettings settings,
            EventAdmin events, CaseloadGrants caseloads, Clock clock) {
        this.repository = new ClientRepository(jdbc);
        this.users = users;
        this.audit = audit;
        this.settings = settings;
        this.events = events;
        this.caseloads = caseloads;
        this.clock = clock;
    }

    @Override
    public Client create(Actor actor, NewClient input) {
        if (!(actor.has(Role.THERAPIST) || actor.has(Role.INTERN) || actor.has(Role.FRONTDESK) || actor.has(Role.ADMIN))) {
            audit.record(new AuditRecord(actor, "client.create", "client", null, null, AuditOutcome.DENIED, null, false));
            throw new AccessDeniedException("Only therapists, interns, front desk and admins register clients.");
        }
        String name = Checks.required("displayName", input.displayName(), 200);
        LocalDate born = input.dateOfBirth();
        if (born != null && (born.isAfter(LocalDate.now(clock)) || born.isBefore(LocalDate.of(1900, 1, 1)))) {
            throw new InvalidInputException("dateOfBirth", "must be between 1900-01-01 and today");
        }
        if (input.practitionerId() != null) {
            if (!input.clinicianClient()) {
                throw new InvalidInputException("practitionerId",
                        "a practitioner of this practice in treatment is a clinician-client; set clinicianClient to true");
            }
            try {
                users.get(Actor.system("core"), input.practitionerId());
            } catch (RecordNotFoundException e) {
                throw new InvalidInputException("practitionerId", "no practitioner with id " + input.practitionerId());
            }
        }
        ClientRow row = new ClientRow(UUID.randomUUID(), name, pseudonyms.next(repository::pseudonymTaken), born,
                Checks.email("email", input.email()), Checks.phone("phone", input.phone()),
                Checks.optional("address", input.address(), 500), input.clinicianClient(), input.practitionerId(),
                actor.userId(), clock.instant());
        repository.insert(row);
        audit.record(AuditRecord.success(actor, "client.create", "client", row.id(), row.id()));
        events.postEvent(new Event(Events.CLIENT_CREATED, EventProps.of(row.id(), actor, row.createdAt())));
        return view(row, seen(actor, row, Map::of).visibility(), false);
    }

    @Override
    public List<Client> list(Actor actor) {
        boolean office = actor.has(Role.FRONTDESK) || actor.has(Role.ADMIN);
        // Office staff know every client already; only others need their caseload grants asked.
        Map<UUID, String> caseloadGrants = office ? Map.of() : caseloads.visibleTo(actor);
        Map<UUID, UUID> covered = repository.activeClientsOf(caseloadGrants.keySet());
        Map<UUID, ClientRow> rows = new LinkedHashMap<>();
        if (office) {
            repository.all().forEach(row -> rows.put(row.id(), row));
        } else if (actor.userId() != null) {
            repository.knownTo(actor.userId()).forEach(row -> rows.put(row.id(), row));
            covered.keySet().forEach(id -> repository.find(id).ifPresent(row -> rows.putIfAbsent(id, row)));
        }
        Set<UUID> treated = actor.userId() == null ? Set.of() : repository.treatedBy(actor.userId());
        Set<UUID> grants = repository.breakGlassGrants(actor.userId(), clock.instant());
        List<Client> visible = new ArrayList<>();
        List<AuditRecord> trail = new ArrayList<>();
        for (ClientRow row : rows.values()) {
            boolean registered = actor.userId() != null && actor.userId().equals(row.createdBy());
            ClientVisibility.Facts facts = new ClientVisibility.Facts(row.clinicianClient(), treated.contains(row.id()),
                    registered, grants.contains(row.id()), covered.containsKey(row.id()));
            ClientVisibility v = ClientVisibility.of(actor, facts);
            if (v != ClientVisibility.HIDDEN) {
                boolean viaBreakGlass = v == ClientVisibility.FULL && row.clinicianClient() && !facts.treatedByActor();
                String viaCaseload = office || registered || facts.treatedByActor() || !facts.caseloadGranted() ? null
                        : caseloadGrants.get(covered.get(row.id()));
                visible.add(view(row, v, viaBreakGlass));
                trail.add(new AuditRecord(actor, "client.list", "client", row.id(), row.id(), AuditOutcome.SUCCESS,
                        viaBreakGlass ? "break-glass" : viaCaseload, viaBreakGlass));
            }
        }
        audit.recordAll(trail);
        visible.sort(Comparator.comparing(Client::displayName, String.CASE_INSENSITIVE_ORDER));
        return visible;
    }

    @Override
    public Client get(Actor actor, UUID clientId) {
        Seen seen = find(actor, clientId, "client.read");
        ClientRow row = seen.row();
        ClientVisibility v = seen.visibility();
        boolean viaBreakGlass = v == ClientVisibility.FULL && row.clinicianClient() && !seen.treats();
        audit.record(new AuditRecord(actor, "client.read", "client", clientId, clientId, AuditOutcome.SUCCESS,
                viaBreakGlass ? "break-glass" : seen.viaCaseload(), viaBreakGlass));
        return view(row, v, viaBreakGlass);
    }

    @Override
    public Client breakGlass(Actor actor, UUID clientId, String reason) {
        AuditRecord attempt = new AuditRecord(actor, "client.break-glass", "client", clientId, clientId,
                AuditOutcome.SUCCESS, reason, true);
        if (!actor.has(Role.ADMIN) || actor.userId() == null) {
            audit.record(attempt.withOutcome(AuditOutcome.DENIED));
            throw new AccessDeniedException("Only an admin signed in as a person can use emergency access.");
        }
        ClientRow row = repository.find(clientId).orElse(null);
        if (reason == null || reason.strip().length() < MIN_REASON_LENGTH || row == null || !row.clinicianClient()) {
            // A refused emergency access is itself worth reviewing.
            audit.record(attempt.withOutcome(AuditOutcome.FAILED));
        }
        String why = Checks.required("reason", reason, 2000);
        if (why.length() < MIN_REASON_LENGTH) {
            throw new InvalidInputException("reason", "state why emergency access is needed (at least "
                    + MIN_REASON_LENGTH + " characters)");
        }
        if (row == null) {
            throw new RecordNotFoundException("client", clientId);
        }
        if (!row.clinicianClient()) {
            throw new ConflictException("This client's record is not sealed; no emergency access is needed.");
        }
        Instant now = clock.instant();
        repository.insertBreakGlass(clientId, actor.userId(), why, now, now.plus(settings.values().breakGlass()));
        audit.record(new AuditRecord(actor, "client.break-glass", "client", clientId, clientId, AuditOutcome.SUCCESS,
                why, true));
        return view(row, ClientVisibility.FULL, true);
    }

    @Override
    public String visibleName(Actor actor, UUID clientId) {
        Seen seen = find(actor, clientId, "client.read-name");
        NameAsSeen name = nameOf(seen);
        audit.record(new AuditRecord(actor, "client.read-name", "client", clientId, clientId, AuditOutcome.SUCCESS,
                name.viaBreakGlass() ? "break-glass" : seen.viaCaseload(), name.viaBreakGlass()));
        return name.name();
    }

    /**
     * A client's name as an actor may see it.
     *
     * @param viaBreakGlass the real name is shown only because of an admin's emergency grant: audit it flagged
     */
    public record NameAsSeen(String name, boolean viaBreakGlass) {
    }

    /** The client's name as the actor may see it, without an audit entry: for callers that audit the access themselves. */
    public NameAsSeen nameAsSeenBy(Actor actor, UUID clientId) {
        return nameOf(seen(actor, found(clientId), () -> caseloads.visibleTo(actor)));
    }

    /** As {@link #nameAsSeenBy(Actor, UUID)}, with the actor's caseload grants already asked (for lists). */
    public NameAsSeen nameAsSeenBy(Actor actor, UUID clientId, Map<UUID, String> caseloadGrants) {
        return nameOf(seen(actor, found(clientId), () -> caseloadGrants));
    }

    private ClientRow found(UUID clientId) {
        return repository.find(clientId).orElseThrow(() -> new RecordNotFoundException("client", clientId));
    }

    private static NameAsSeen nameOf(Seen seen) {
        ClientRow row = seen.row();
        return seen.visibility() == ClientVisibility.FULL
                ? new NameAsSeen(row.displayName(), row.clinicianClient() && !seen.treats())
                : new NameAsSeen(row.pseudonym(), false);
    }

    /** Whether the actor may know the client exists (not HIDDEN), without an audit entry. */
    public boolean isKnownTo(Actor actor, UUID clientId) {
        return repository.find(clientId)
                .map(row -> seen(actor, row, () -> caseloads.visibleTo(actor)).visibility() != ClientVisibility.HIDDEN)
                .orElse(false);
    }

    /**
     * The client's own practitioner account, or {@code null}: for core's conflict checks only, never
     * shown to a caller, so not audited.
     */
    public UUID practitionerAccountOf(UUID clientId) {
        return repository.find(clientId).map(ClientRow::practitionerId).orElse(null);
    }

    /** Whether the actor registered the client. */
    public boolean registeredBy(Actor actor, UUID clientId) {
        return actor.userId() != null && repository.find(clientId)
                .map(row -> actor.userId().equals(row.createdBy())).orElse(false);
    }

    /**
     * A stored client with what the actor may see of it, and whether the actor treats them.
     *
     * @param viaCaseload the caseload grant's reason when the actor sees the client only through it, else {@code null}
     */
    private record Seen(ClientRow row, ClientVisibility visibility, boolean treats, String viaCaseload) {
    }

    private Seen find(Actor actor, UUID clientId, String action) {
        ClientRow row = repository.find(clientId).orElse(null);
        Seen seen = row == null ? null : seen(actor, row, () -> caseloads.visibleTo(actor));
        if (seen == null || seen.visibility() == ClientVisibility.HIDDEN) {
            audit.record(new AuditRecord(actor, action, "client", clientId, row == null ? null : clientId,
                    row == null ? AuditOutcome.FAILED : AuditOutcome.DENIED, null, false));
            throw new RecordNotFoundException("client", clientId);
        }
        return seen;
    }

    /**
     * @param caseloadGrants the actor's caseload grants, asked only when they can matter (the actor
     *                       neither treats nor registered the client and is not office staff): every
     *                       client read passes here, and asking the grants costs queries in other modules
     */
    private Seen seen(Actor actor, ClientRow row, Supplier<Map<UUID, String>> caseloadGrants) {
        boolean treats = repository.treats(actor.userId(), row.id());
        boolean registered = actor.userId() != null && actor.userId().equals(row.createdBy());
        boolean office = actor.has(Role.FRONTDESK) || actor.has(Role.ADMIN);
        Map<UUID, String> grants = treats || registered || office ? Map.of() : caseloadGrants.get();
        String caseloadReason = grants.isEmpty() ? null : repository.activeTherapistsOf(row.id())
                .stream().map(grants::get).filter(Objects::nonNull).findFirst().orElse(null);
        ClientVisibility v = ClientVisibility.of(actor, new ClientVisibility.Facts(row.clinicianClient(), treats,
                registered,
                row.clinicianClient() && !treats && repository.breakGlassActive(actor.userId(), row.id(), clock.instant()),
                caseloadReason != null));
        return new Seen(row, v, treats, caseloadReason);
    }

    private static Client view(ClientRow r, ClientVisibility v, boolean viaBreakGlass) {
        if (v == ClientVisibility.FULL) {
            return new Client(r.id(), r.displayName(), r.pseudonym(), r.dateOfBirth(), r.email(), r.phone(), r.address(),
                    r.clinicianClient(), r.practitionerId(), true, viaBreakGlass, r.createdAt());
        }
        return new Client(r.id(), r.pseudonym(), r.pseudonym(), null, null, null, null, r.clinicianClient(), null,
                false, false, r.createdAt());
    }
}
