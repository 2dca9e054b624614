package org.alliance.notes.internal;

import static org.alliance.support.input.Inputs.require;
import static org.alliance.support.input.Inputs.text;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModalityCatalog;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.UserService;
import org.alliance.api.document.DocumentRenderer;
import org.alliance.api.notes.Addendum;
import org.alliance.api.notes.Cosignature;
import org.alliance.api.notes.Goal;
import org.alliance.api.notes.Measure;
import org.alliance.api.notes.MeasureResult;
import org.alliance.api.notes.NewNote;
import org.alliance.api.notes.NewTreatmentPlan;
import org.alliance.api.notes.Note;
import org.alliance.api.notes.NoteAccessGrant;
import org.alliance.api.notes.NoteHistoryEntry;
import org.alliance.api.notes.NoteKind;
import org.alliance.api.notes.NoteStatus;
import org.alliance.api.notes.NotesEvents;
import org.alliance.api.notes.NotesService;
import org.alliance.api.notes.RecordFacts;
import org.alliance.api.notes.SignatureRequirement;
import org.alliance.api.notes.TemplateRef;
import org.alliance.api.notes.TreatmentPlan;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.notes.internal.store.AddendumRow;
import org.alliance.notes.internal.store.HistoryRow;
import org.alliance.notes.internal.store.MeasureRepository;
import org.alliance.notes.internal.store.NoteRepository;
import org.alliance.notes.internal.store.NoteRow;
import org.alliance.notes.internal.store.PlanRepository;
import org.alliance.notes.internal.store.Sealer;
import org.alliance.support.db.Db;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;

/**
 * The notes rules. A change to a note locks its row first, so a sign racing an edit, or two
 * signs, are decided one after the other: a note is signed once, and nothing changes it after.
 */
@Component(service = NotesService.class)
public class NotesServiceImpl implements NotesService {

    private static final int MAX_REASON = 500;
    private static final int MAX_PROBLEM = 10_000;
    private static final int MAX_GOALS = 30;

    private final NoteRepository notes;
    private final PlanRepository plans;
    private final MeasureRepository results;
    private final EngagementService engagements;
    private final ClientService clients;
    private final UserService users;
    private final AuditLog audit;
    private final Offerings offerings;
    private final RecordDocument recordDocument;
    private final Announcer announcer;
    private final Clock clock;

    /** Other modules' rules, highest service ranking first. */
    private final RankedServices<SignatureRequirement> requirements = new RankedServices<>();
    private final RankedServices<NoteAccessGrant> grants = new RankedServices<>();
    private volatile SchedulingService scheduling;

    @Activate
    public NotesServiceImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=NOTES)") ModuleSchema schema, @Reference ClinicalCipher cipher,
            @Reference EngagementService engagements, @Reference ClientService clients, @Reference UserService users,
            @Reference AuditLog audit, @Reference ModalityCatalog modalities, @Reference DocumentRenderer renderer,
            @Reference Practice practice, @Reference EventAdmin events) {
        this(new Db(dataSource), cipher, engagements, clients, users, audit, modalities, renderer, practice, events,
                Clock.systemUTC());
    }

    NotesServiceImpl(Db db, ClinicalCipher cipher, EngagementService engagements, ClientService clients, UserService users,
            AuditLog audit, ModalityCatalog modalities, DocumentRenderer renderer, Practice practice, EventAdmin events,
            Clock clock) {
        Sealer sealer = new Sealer(cipher);
        this.notes = new NoteRepository(db, sealer);
        this.plans = new PlanRepository(db, sealer);
        this.results = new MeasureRepository(db, sealer);
        this.engagements = engagements;
        this.clients = clients;
        this.users = users;
        this.audit = audit;
        this.offerings = new Offerings(modalities);
        this.recordDocument = new RecordDocument(renderer, practice);
        this.announcer = new Announcer(events);
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSignatureRequirement(SignatureRequirement requirement, Map<String, Object> props) {
        requirements.add(requirement, props);
    }

    void removeSignatureRequirement(SignatureRequirement requirement) {
        requirements.remove(requirement);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addNoteAccessGrant(NoteAccessGrant grant, Map<String, Object> props) {
        grants.add(grant, props);
    }

    void removeNoteAccessGrant(NoteAccessGrant grant) {
        grants.remove(grant);
    }

    /** The scheduling module, when installed: a note's appointment must then belong to its engagement. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setScheduling(SchedulingService service) {
        this.scheduling = service;
    }

    void unsetScheduling(SchedulingService gone) {
        if (this.scheduling == gone) {
            this.scheduling = null;
        }
    }

    // ---- templates and notes ----

    @Override
    public List<TemplateRef> templates(Actor actor) {
        return offerings.templates();
    }

    @Override
    public Note create(Actor actor, NewNote input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        require(input.engagementId() != null, "engagementId", "is required");
        require(input.kind() != null, "kind", "is required: PROGRESS or PSYCHOTHERAPY");
        require(input.templateId() != null && !input.templateId().isBlank(), "templateId",
                "is required; GET /api/v1/notes/templates lists the templates");
        Engagement engagement = treated(actor, input.engagementId(), "note.create");
        requireActive(engagement, "write a note");
        TemplateRef template = offerings.template(input.templateId().strip()).orElseThrow(() -> new InvalidInputException(
                "templateId", "there is no template '" + input.templateId() + "' (is its modality plugin installed?)"));
        checkAppointment(actor, input.appointmentId(), engagement);
        Map<String, String> fields = FieldValues.check(template, input.fields());
        Instant now = clock.instant();
        NoteRow row = new NoteRow(UUID.randomUUID(), engagement.id(), engagement.clientId(), input.appointmentId(),
                actor.userId(), input.kind(), NoteStatus.DRAFT, template, fields, now, now, null, null, null, null);
        notes.db().inTransaction(c -> {
            notes.insert(c, row);
            notes.appendHistory(c, row.id(), "CREATED", actor.userId(), now, null);
            return null;
        });
        audit.record(AuditRecord.success(actor, "note.create", "note", row.id(), row.clientId()));
        return view(row, new Names(users));
    }

    @Override
    public Note update(Actor actor, UUID noteId, Map<String, String> fields) {
        NoteRow updated = notes.db().inTransaction(c -> {
            NoteRow row = ownDraft(actor, notes.lock(c, noteId), noteId, "note.update", "change");
            NoteRow changed = row.withFields(FieldValues.check(row.template(), fields), clock.instant());
            notes.update(c, changed);
            return changed;
        });
        audit.record(AuditRecord.success(actor, "note.update", "note", noteId, updated.clientId()));
        return view(updated, new Names(users));
    }

    @Override
    public Note sign(Actor actor, UUID noteId) {
        Instant now = clock.instant();
        Names names = new Names(users);
        NoteRow signed = notes.db().inTransaction(c -> {
            NoteRow row = ownDraft(actor, notes.lock(c, noteId), noteId, "note.sign", "sign");
            List<String> missing = FieldValues.missingRequired(row.template(), row.fields());
            if (!missing.isEmpty()) {
                throw new InvalidInputException("fields", "fill in before signing: " + String.join(", ", missing));
            }
            Optional<Cosignature> cosignature = cosignatureFor(actor, view(row, names));
            NoteRow changed = cosignature
                    .map(cs -> row.withStatus(NoteStatus.AWAITING_COSIGNATURE, now, now, cs.cosignerId(), cs.reason(), null))
                    .orElseGet(() -> row.withStatus(NoteStatus.SIGNED, now, now, null, null, null));
            notes.update(c, changed);
            notes.appendHistory(c, noteId, "SIGNED", actor.userId(), now, null);
            return changed;
        });
        audit.record(AuditRecord.success(actor, "note.sign", "note", noteId, signed.clientId()));
        announcer.post(NotesEvents.NOTE_SIGNED, signed, actor, now);
        return view(signed, names);
    }

    /** The first requirement, by ranking, that asks for a co-signature decides. */
    private Optional<Cosignature> cosignatureFor(Actor author, Note draft) {
        for (SignatureRequirement requirement : requirements.inOrder()) {
            Optional<Cosignature> wanted = requirement.cosignatureFor(author, draft);
            if (wanted.isPresent()) {
                return wanted;
            }
        }
        return Optional.empty();
    }

    @Override
    public Note cosign(Actor actor, UUID noteId) {
        Instant now = clock.instant();
        NoteRow done = notes.db().inTransaction(c -> {
            NoteRow row = awaitingActor(actor, notes.lock(c, noteId), noteId, "note.cosign");
            NoteRow changed = row.withStatus(NoteStatus.SIGNED, now, row.signedAt(), row.cosignerId(), row.cosignReason(), now);
            notes.update(c, changed);
            notes.appendHistory(c, noteId, "COSIGNED", actor.userId(), now, null);
            return changed;
        });
        audit.record(AuditRecord.success(actor, "note.cosign", "note", noteId, done.clientId()));
        announcer.post(NotesEvents.NOTE_COSIGNED, done, actor, now);
        return view(done, new Names(users));
    }

    @Override
    public Note returnForRevision(Actor actor, UUID noteId, String comments) {
        String why = text("comments", comments, FieldValues.MAX_TEXT * 5);
        Instant now = clock.instant();
        NoteRow returned = notes.db().inTransaction(c -> {
            NoteRow row = awaitingActor(actor, notes.lock(c, noteId), noteId, "note.return");
            NoteRow changed = row.withStatus(NoteStatus.DRAFT, now, null, null, null, null);
            notes.update(c, changed);
            notes.appendHistory(c, noteId, "RETURNED", actor.userId(), now, why);
            return changed;
        });
        audit.record(AuditRecord.success(actor, "note.return", "note", noteId, returned.clientId()));
        announcer.post(NotesEvents.NOTE_RETURNED, returned, actor, now);
        return view(returned, new Names(users));
    }

    @Override
    public List<Note> drafts(Actor actor) {
        if (actor.userId() == null) {
            return List.of();
        }
        Names names = new Names(users);
        List<Note> result = new ArrayList<>();
        for (NoteRow row : notes.drafts(actor.userId())) {
            audit.record(AuditRecord.success(actor, "note.read", "note", row.id(), row.clientId()));
            result.add(view(row, names));
        }
        return result;
    }

    @Override
    public List<Note> awaitingCosignature(Actor actor) {
        if (actor.userId() == null) {
            return List.of();
        }
        Names names = new Names(users);
        List<Note> result = new ArrayList<>();
        for (NoteRow row : notes.awaiting(actor.userId())) {
            audit.record(new AuditRecord(actor, "note.read", "note", row.id(), row.clientId(), AuditOutcome.SUCCESS,
                    "co-signer", false));
            result.add(view(row, names));
        }
        return result;
    }

    @Override
    public Note addAddendum(Actor actor, UUID noteId, String reason, String text) {
        String why = text("reason", reason, MAX_REASON);
        String body = text("text", text, FieldValues.MAX_LONG_TEXT);
        Instant now = clock.instant();
        NoteRow amended = notes.db().inTransaction(c -> {
            NoteRow row = readable(actor, notes.lock(c, noteId), noteId, "note.amend");
            if (!row.authorId().equals(actor.userId())) {
                denied(actor, "note.amend", row);
                throw new AccessDeniedException("Only the note's author adds addenda to it.");
            }
            if (row.status() == NoteStatus.DRAFT) {
                throw new ConflictException("This note is still a draft: change it instead of adding an addendum.");
            }
            notes.insertAddendum(c, new AddendumRow(UUID.randomUUID(), noteId, actor.userId(), now, why, body));
            notes.appendHistory(c, noteId, "AMENDED", actor.userId(), now, null);
            return row;
        });
        audit.record(AuditRecord.success(actor, "note.amend", "note", noteId, amended.clientId()));
        announcer.post(NotesEvents.NOTE_AMENDED, amended, actor, now);
        return view(amended, new Names(users));
    }

    @Override
    public Note get(Actor actor, UUID noteId) {
        NoteRow row = notes.find(noteId).orElseThrow(() -> notFound(noteId));
        ReadAccess.Reason reason = ReadAccess.toNote(actor, row, grants.inOrder()).orElseThrow(() -> {
            denied(actor, "note.read", row);
            return notFound(noteId);
        });
        audit.record(readRecord(actor, row, reason));
        return view(row, new Names(users));
    }

    @Override
    public List<Note> list(Actor actor, UUID engagementId) {
        require(engagementId != null, "engagementId", "is required");
        Engagement engagement = engagements.get(actor, engagementId);
        List<NoteRow> readable = new ArrayList<>();
        boolean flagged = false;
        String why = null;
        for (NoteRow row : notes.byEngagement(engagementId)) {
            Optional<ReadAccess.Reason> reason = ReadAccess.toNote(actor, row, grants.inOrder());
            if (reason.isPresent()) {
                readable.add(row);
                why = why != null ? why : reason.get().text();
                flagged |= reason.get().grantedByPlugin() && row.kind() == NoteKind.PSYCHOTHERAPY;
            }
        }
        boolean treating = engagement.therapistId().equals(actor.userId());
        if (!treating && readable.isEmpty()) {
            audit.record(new AuditRecord(actor, "note.list", "engagement", engagementId, engagement.clientId(),
                    AuditOutcome.DENIED, null, false));
            throw new AccessDeniedException("Only the treating practitioner reads an engagement's notes.");
        }
        audit.record(new AuditRecord(actor, "note.list", "engagement", engagementId, engagement.clientId(),
                AuditOutcome.SUCCESS, why, flagged));
        Names names = new Names(users);
        Map<UUID, List<AddendumRow>> addenda = notes.addenda(null, engagementId);
        Map<UUID, List<HistoryRow>> history = notes.history(null, engagementId);
        return readable.stream().map(row -> view(row, addenda.getOrDefault(row.id(), List.of()),
                history.getOrDefault(row.id(), List.of()), names)).toList();
    }

    @Override
    public RecordFacts facts(Actor actor, UUID engagementId) {
        require(engagementId != null, "engagementId", "is required");
        Engagement engagement = engagements.get(actor, engagementId);
        List<RecordFacts.SignedNote> signed = notes.byEngagement(engagementId).stream()
                .filter(n -> n.kind() == NoteKind.PROGRESS && n.status() == NoteStatus.SIGNED)
                .sorted(java.util.Comparator.comparing(NoteRow::signedAt))
                .map(n -> new RecordFacts.SignedNote(n.id(), n.template().id(), n.signedAt())).toList();
        List<RecordFacts.MeasureTaken> taken = results.byEngagement(engagementId, null).stream()
                .sorted(java.util.Comparator.comparing(MeasureRepository.ResultRow::at))
                .map(r -> new RecordFacts.MeasureTaken(r.measureId(), r.at())).toList();
        audit.record(AuditRecord.success(actor, "record.facts", "engagement", engagementId, engagement.clientId()));
        return new RecordFacts(engagementId, signed, taken);
    }

    // ---- treatment plans ----

    @Override
    public TreatmentPlan recordPlan(Actor actor, NewTreatmentPlan input) {
        if (input == null) {
            throw new InvalidInputException("body", "is required");
        }
        require(input.engagementId() != null, "engagementId", "is required");
        Engagement engagement = treated(actor, input.engagementId(), "plan.record");
        requireActive(engagement, "record a treatment plan");
        String problem = text("problem", input.problem(), MAX_PROBLEM);
        require(!input.goals().isEmpty(), "goals", "name at least one goal");
        require(input.goals().size() <= MAX_GOALS, "goals", "at most " + MAX_GOALS + " goals");
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < input.goals().size(); i++) {
            Goal goal = input.goals().get(i);
            require(goal != null, "goals[" + i + "]", "is empty");
            goals.add(new Goal(text("goals[" + i + "].description", goal.description(), FieldValues.MAX_TEXT),
                    goal.targetDate(), goal.status() == null ? Goal.GoalStatus.OPEN : goal.status()));
        }
        PlanRepository.PlanRow row = plans.insertNext(UUID.randomUUID(), engagement.id(), engagement.clientId(),
                actor.userId(), clock.instant(), new PlanRepository.Content(problem, goals, input.reviewDate()));
        audit.record(AuditRecord.success(actor, "plan.record", "treatment-plan", row.id(), row.clientId()));
        return planView(row, true, new Names(users));
    }

    @Override
    public List<TreatmentPlan> plans(Actor actor, UUID engagementId) {
        Engagement engagement = readableRecord(actor, engagementId, "plan.read");
        List<PlanRepository.PlanRow> rows = plans.byEngagement(engagement.id());
        Names names = new Names(users);
        List<TreatmentPlan> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            result.add(planView(rows.get(i), i == 0, names));
        }
        return result;
    }

    // ---- outcome measures ----

    @Override
    public List<Measure> measures(Actor actor) {
        return offerings.measures();
    }

    @Override
    public MeasureResult recordMeasure(Actor actor, UUID engagementId, String measureId, List<Integer> answers) {
        require(engagementId != null, "engagementId", "is required");
        Measure measure = offerings.measure(measureId == null ? "" : measureId.strip()).orElseThrow(() ->
                new InvalidInputException("measureId", "there is no measure '" + measureId
                        + "'; GET /api/v1/notes/measures lists them (is its modality plugin installed?)"));
        Engagement engagement = treated(actor, engagementId, "measure.record");
        requireActive(engagement, "record an outcome measure");
        Scoring.Score score = Scoring.score(measure.definition(), answers);
        MeasureRepository.ResultRow row = new MeasureRepository.ResultRow(UUID.randomUUID(), engagement.id(),
                engagement.clientId(), measure.id(), measure.definition().title(), actor.userId(), clock.instant(),
                new MeasureRepository.Result(List.copyOf(answers), score.total(), score.max(), score.band(), score.alerts()));
        results.insert(row);
        audit.record(AuditRecord.success(actor, "measure.record", "measure-result", row.id(), row.clientId()));
        return resultView(row);
    }

    @Override
    public List<MeasureResult> trend(Actor actor, UUID engagementId, String measureId) {
        require(measureId != null && !measureId.isBlank(), "measureId", "is required");
        Engagement engagement = readableRecord(actor, engagementId, "measure.read");
        return results.byEngagement(engagement.id(), measureId.strip()).stream().map(NotesServiceImpl::resultView).toList();
    }

    // ---- export ----

    @Override
    public byte[] recordPdf(Actor actor, UUID engagementId) {
        Engagement engagement = treated(actor, engagementId, "record.export");
        List<NoteRow> progress = notes.byEngagement(engagementId).stream()
                .filter(n -> n.kind() == NoteKind.PROGRESS).toList();
        Names names = new Names(users);
        Map<UUID, List<AddendumRow>> addenda = notes.addenda(null, engagementId);
        List<Note> exported = new ArrayList<>();
        int drafts = 0;
        for (NoteRow row : progress) {
            if (row.status() == NoteStatus.DRAFT) {
                drafts++;
            } else {
                exported.add(view(row, addenda.getOrDefault(row.id(), List.of()), List.of(), names));
            }
        }
        Collections.reverse(exported);
        List<PlanRepository.PlanRow> planRows = plans.byEngagement(engagementId);
        List<TreatmentPlan> planViews = new ArrayList<>();
        for (int i = 0; i < planRows.size(); i++) {
            planViews.add(planView(planRows.get(i), i == 0, names));
        }
        List<MeasureResult> measured = results.byEngagement(engagementId, null).stream()
                .map(NotesServiceImpl::resultView).toList();
        String clientName = clients.visibleName(actor, engagement.clientId());
        byte[] pdf = recordDocument.render(engagement, clientName, names.of(engagement.therapistId()), exported, drafts,
                planViews, measured);
        audit.record(new AuditRecord(actor, "record.export", "engagement", engagementId, engagement.clientId(),
                AuditOutcome.SUCCESS, exported.size() + " notes, " + planViews.size() + " plans, " + measured.size()
                        + " measures; psychotherapy notes excluded", false));
        return pdf;
    }

    // ---- rules shared by the operations ----

    /** The engagement, when the actor is its treating practitioner; otherwise the refusal is audited and thrown. */
    private Engagement treated(Actor actor, UUID engagementId, String action) {
        require(engagementId != null, "engagementId", "is required");
        Engagement engagement = engagements.get(actor, engagementId);
        if (!engagement.therapistId().equals(actor.userId())) {
            audit.record(new AuditRecord(actor, action, "engagement", engagementId, engagement.clientId(),
                    AuditOutcome.DENIED, null, false));
            throw new AccessDeniedException("Only the engagement's treating practitioner does this.");
        }
        return engagement;
    }

    /** The engagement, when the actor may read its record (treating, or granted); the read is audited. */
    private Engagement readableRecord(Actor actor, UUID engagementId, String action) {
        require(engagementId != null, "engagementId", "is required");
        Engagement engagement = engagements.get(actor, engagementId);
        Optional<ReadAccess.Reason> reason = ReadAccess.toRecord(actor, engagementId, engagement.therapistId(), grants.inOrder());
        if (reason.isEmpty()) {
            audit.record(new AuditRecord(actor, action, "engagement", engagementId, engagement.clientId(),
                    AuditOutcome.DENIED, null, false));
            throw new AccessDeniedException("Only the treating practitioner reads an engagement's clinical record.");
        }
        audit.record(new AuditRecord(actor, action, "engagement", engagementId, engagement.clientId(), AuditOutcome.SUCCESS,
                reason.get().text(), false));
        return engagement;
    }

    private static void requireActive(Engagement engagement, String what) {
        if (engagement.status() != EngagementStatus.ACTIVE) {
            throw new ConflictException("This engagement has ended; you cannot " + what + " in it any more. "
                    + "Drafts can still be signed and signed notes amended.");
        }
    }

    private void checkAppointment(Actor actor, UUID appointmentId, Engagement engagement) {
        SchedulingService schedule = scheduling;
        if (appointmentId == null || schedule == null) {
            return;
        }
        Appointment appointment;
        try {
            appointment = schedule.get(actor, appointmentId);
        } catch (RecordNotFoundException e) {
            throw new InvalidInputException("appointmentId", "there is no such appointment");
        }
        if (!engagement.id().equals(appointment.engagementId())) {
            throw new InvalidInputException("appointmentId", "that appointment belongs to another engagement");
        }
    }

    /** The locked note when the actor may read it; a note the actor may not know of is "not found". */
    private NoteRow readable(Actor actor, Optional<NoteRow> found, UUID noteId, String action) {
        NoteRow row = found.orElseThrow(() -> notFound(noteId));
        if (ReadAccess.toNote(actor, row, grants.inOrder()).isEmpty()) {
            denied(actor, action, row);
            throw notFound(noteId);
        }
        return row;
    }

    private NoteRow ownDraft(Actor actor, Optional<NoteRow> found, UUID noteId, String action, String verb) {
        NoteRow row = readable(actor, found, noteId, action);
        if (!row.authorId().equals(actor.userId())) {
            denied(actor, action, row);
            throw new AccessDeniedException("Only the note's author can " + verb + " it.");
        }
        if (row.status() != NoteStatus.DRAFT) {
            throw new ConflictException("This note is signed and locked: it cannot be changed. Add an addendum with a reason.");
        }
        return row;
    }

    private NoteRow awaitingActor(Actor actor, Optional<NoteRow> found, UUID noteId, String action) {
        NoteRow row = readable(actor, found, noteId, action);
        if (row.status() != NoteStatus.AWAITING_COSIGNATURE) {
            throw new ConflictException("This note is not waiting for a co-signature.");
        }
        if (!row.cosignerId().equals(actor.userId())) {
            denied(actor, action, row);
            throw new AccessDeniedException("Only the co-signer the note waits for can do this.");
        }
        return row;
    }

    private void denied(Actor actor, String action, NoteRow row) {
        audit.record(new AuditRecord(actor, action, "note", row.id(), row.clientId(), AuditOutcome.DENIED, null, false));
    }

    private static AuditRecord readRecord(Actor actor, NoteRow row, ReadAccess.Reason reason) {
        return new AuditRecord(actor, "note.read", "note", row.id(), row.clientId(), AuditOutcome.SUCCESS, reason.text(),
                reason.grantedByPlugin() && row.kind() == NoteKind.PSYCHOTHERAPY);
    }

    private static RecordNotFoundException notFound(UUID noteId) {
        return new RecordNotFoundException("note", noteId);
    }


    // ---- views ----

    private Note view(NoteRow row, Names names) {
        return view(row, notes.addenda(row.id(), null).getOrDefault(row.id(), List.of()),
                notes.history(row.id(), null).getOrDefault(row.id(), List.of()), names);
    }

    private static Note view(NoteRow row, List<AddendumRow> addenda, List<HistoryRow> history, Names names) {
        return new Note(row.id(), row.engagementId(), row.clientId(), row.appointmentId(), row.authorId(),
                names.of(row.authorId()), row.kind(), row.status(), row.template(), row.fields(), row.createdAt(),
                row.updatedAt(), row.signedAt(), row.cosignerId(), names.of(row.cosignerId()), row.cosignedAt(),
                addenda.stream().map(a -> new Addendum(a.id(), a.authorId(), names.of(a.authorId()), a.at(), a.reason(),
                        a.text())).toList(),
                history.stream().map(h -> new NoteHistoryEntry(h.action(), h.byId(), names.of(h.byId()), h.at(),
                        h.comment())).toList());
    }

    private static TreatmentPlan planView(PlanRepository.PlanRow row, boolean current, Names names) {
        return new TreatmentPlan(row.id(), row.engagementId(), row.version(), current, row.content().problem(),
                row.content().goals(), row.content().reviewDate(), row.authorId(), names.of(row.authorId()), row.createdAt());
    }

    private static MeasureResult resultView(MeasureRepository.ResultRow row) {
        MeasureRepository.Result r = row.result();
        return new MeasureResult(row.id(), row.engagementId(), row.measureId(), row.measureTitle(), row.at(),
                row.recordedBy(), r.answers(), r.score(), r.maxScore(), r.band(), r.alerts());
    }
}
