package org.alliance.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModalityInfo;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.document.Block;
import org.alliance.api.notes.Cosignature;
import org.alliance.api.notes.NewNote;
import org.alliance.api.notes.Note;
import org.alliance.api.notes.NoteKind;
import org.alliance.api.notes.NoteStatus;
import org.alliance.api.notes.NotesEvents;
import org.alliance.spi.modality.FieldType;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.SessionCadence;
import org.alliance.spi.modality.TemplateField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.osgi.service.event.Event;

class NotesServiceTest {

    private static final Map<String, String> SOAP = Map.of("subjective", "Slept badly; worried about the zebra-quartz exam",
            "objective", "Tired, tearful", "assessment", "Low mood persists", "plan", "Behavioural activation",
            "risk", "No risk indicated");

    private final NotesFixture f;
    private final Actor ada;
    private final Actor ben;
    private final Actor admin;
    private final Engagement engagement;

    NotesServiceTest() throws Exception {
        f = new NotesFixture();
        ada = f.practitioner("Ada Byron", Role.THERAPIST);
        ben = f.practitioner("Ben Okri", Role.THERAPIST, Role.SUPERVISOR);
        admin = f.practitioner("Olga Office", Role.ADMIN);
        engagement = f.engagement(ada);
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    private Note draft(NoteKind kind, Map<String, String> fields) {
        return f.notes.create(ada, new NewNote(engagement.id(), null, "soap", kind, fields));
    }

    @Test
    void aNewNoteIsADraftWhoseTextIsSealedInTheDatabase() throws Exception {
        Note note = draft(NoteKind.PROGRESS, SOAP);

        assertThat(note.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(note.fields()).containsEntry("subjective", SOAP.get("subjective"));
        assertThat(note.template().title()).isEqualTo("SOAP note");
        assertThat(f.rawTable("NOTE")).doesNotContain("zebra-quartz").contains("SOAP note");
        assertThat(f.notes.get(ada, note.id()).fields()).isEqualTo(note.fields());
    }

    @Test
    void draftsListTheAuthorsUnsignedNotesOnly() {
        Note open = draft(NoteKind.PROGRESS, Map.of("subjective", "to finish"));
        f.notes.sign(ada, draft(NoteKind.PROGRESS, SOAP).id());

        assertThat(f.notes.drafts(ada)).extracting(Note::id).containsExactly(open.id());
        assertThat(f.notes.drafts(ben)).isEmpty();
    }

    @Test
    void aSignedNoteIsLockedAgainstEdits() {
        Note note = draft(NoteKind.PROGRESS, SOAP);
        Note signed = f.notes.sign(ada, note.id());

        assertThat(signed.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(signed.signedAt()).isEqualTo(NotesFixture.START);
        assertThatThrownBy(() -> f.notes.update(ada, note.id(), Map.of("plan", "changed")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> f.notes.sign(ada, note.id())).isInstanceOf(ConflictException.class);
        assertThat(f.notes.get(ada, note.id()).fields().get("plan")).isEqualTo("Behavioural activation");
    }

    @Test
    void signingNamesTheRequiredFieldsLeftEmpty() {
        Note note = draft(NoteKind.PROGRESS, Map.of("subjective", "Only this"));

        assertThatThrownBy(() -> f.notes.sign(ada, note.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Objective").hasMessageContaining("Assessment").hasMessageContaining("Plan");
        assertThat(f.notes.get(ada, note.id()).status()).isEqualTo(NoteStatus.DRAFT);
    }

    @Test
    void aDraftCanBeEditedByItsAuthor() {
        Note note = draft(NoteKind.PROGRESS, Map.of("subjective", "First take"));

        Note edited = f.notes.update(ada, note.id(), Map.of("subjective", "Second take", "plan", ""));

        assertThat(edited.fields()).containsOnly(Map.entry("subjective", "Second take"));
    }

    @Test
    void addendaFollowASignedNoteWithAuthorReasonAndTime() throws Exception {
        Note note = draft(NoteKind.PROGRESS, SOAP);
        assertThatThrownBy(() -> f.notes.addAddendum(ada, note.id(), "late detail", "text"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("draft");
        f.notes.sign(ada, note.id());

        Note amended = f.notes.addAddendum(ada, note.id(), "Client called after the session",
                "Reports the quokka-lantern dream");

        assertThat(amended.addenda()).singleElement().satisfies(a -> {
            assertThat(a.authorName()).isEqualTo("Ada Byron");
            assertThat(a.reason()).isEqualTo("Client called after the session");
            assertThat(a.at()).isEqualTo(NotesFixture.START);
        });
        assertThat(amended.fields()).isEqualTo(f.notes.get(ada, note.id()).fields());
        assertThat(amended.history()).extracting(h -> h.action()).containsExactly("CREATED", "SIGNED", "AMENDED");
        assertThat(f.rawTable("ADDENDUM")).doesNotContain("quokka-lantern").doesNotContain("Client called");
        assertThatThrownBy(() -> f.notes.addAddendum(ada, note.id(), " ", "text")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void signingAndAmendingPostEventsWithoutClinicalText() {
        Note note = draft(NoteKind.PROGRESS, SOAP);
        f.notes.sign(ada, note.id());
        f.notes.addAddendum(ada, note.id(), "reason", "text");

        ArgumentCaptor<Event> posted = ArgumentCaptor.forClass(Event.class);
        verify(f.events, atLeastOnce()).postEvent(posted.capture());
        assertThat(posted.getAllValues()).extracting(Event::getTopic)
                .containsExactly(NotesEvents.NOTE_SIGNED, NotesEvents.NOTE_AMENDED);
        Event signed = posted.getAllValues().get(0);
        assertThat(signed.getProperty("id")).isEqualTo(note.id().toString());
        assertThat(signed.getProperty("engagementId")).isEqualTo(engagement.id().toString());
        for (String name : signed.getPropertyNames()) {
            assertThat(String.valueOf(signed.getProperty(name))).doesNotContain("zebra");
        }
    }

    @Test
    void psychotherapyNotesAreReadByTheirAuthorOnly() {
        Note process = draft(NoteKind.PSYCHOTHERAPY, Map.of("subjective", "My countertransference today"));
        Note progress = draft(NoteKind.PROGRESS, SOAP);

        assertThat(f.notes.get(ada, process.id()).kind()).isEqualTo(NoteKind.PSYCHOTHERAPY);
        assertThatThrownBy(() -> f.notes.get(admin, process.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> f.notes.get(ben, process.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> f.notes.get(admin, progress.id())).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> f.notes.list(admin, engagement.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(f.audited).filteredOn(r -> r.actor().equals(admin)).extracting(r -> r.outcome())
                .containsOnly(AuditOutcome.DENIED);
        assertThat(f.notes.list(ada, engagement.id())).extracting(Note::id).containsExactlyInAnyOrder(process.id(), progress.id());
    }

    @Test
    void onlyTheTreatingPractitionerWritesNotes() {
        assertThatThrownBy(() -> f.notes.create(ben, new NewNote(engagement.id(), null, "soap", NoteKind.PROGRESS, SOAP)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.notes.create(admin, new NewNote(engagement.id(), null, "soap", NoteKind.PROGRESS, SOAP)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(f.audited).extracting(r -> r.action() + ":" + r.outcome())
                .containsExactly("note.create:DENIED", "note.create:DENIED");
    }

    @Test
    void everyReadIsAudited() {
        Note note = draft(NoteKind.PROGRESS, SOAP);
        f.audited.clear();

        f.notes.get(ada, note.id());
        f.notes.list(ada, engagement.id());

        assertThat(f.audited).extracting(r -> r.action() + ":" + r.clientId())
                .containsExactly("note.read:" + engagement.clientId(), "note.list:" + engagement.clientId());
    }

    @Test
    void badAnswersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> draft(NoteKind.PROGRESS, Map.of("mood", "low")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a field");
        assertThatThrownBy(() -> draft(NoteKind.PROGRESS, Map.of("risk", "maybe")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("takes one of");
        assertThatThrownBy(() -> f.notes.create(ada, new NewNote(engagement.id(), null, "nope", NoteKind.PROGRESS, Map.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("plugin");
        assertThatThrownBy(() -> f.notes.create(ada, new NewNote(engagement.id(), null, "soap", null, Map.of())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("PROGRESS or PSYCHOTHERAPY");
    }

    @Test
    void anEndedEngagementTakesNoNewNoteButItsDraftsCanBeSigned() {
        Engagement ended = f.engagement(ada, EngagementStatus.ENDED);
        assertThatThrownBy(() -> f.notes.create(ada, new NewNote(ended.id(), null, "soap", NoteKind.PROGRESS, SOAP)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ended");
    }

    @Test
    void aPluginNoteStaysReadableAfterThePluginIsGone() {
        NoteTemplate thought = new NoteTemplate("thought-record", "Thought record", null, List.of(
                TemplateField.required("situation", "Situation", FieldType.LONG_TEXT),
                TemplateField.required("belief", "Belief (0-100)", FieldType.NUMBER)));
        f.install(new ModalityInfo("cbt", "CBT", "", "org.alliance.modality.cbt", new SessionCadence(50, 7, "12"),
                List.of(), List.of(thought), List.of()));
        assertThat(f.notes.templates(ada)).extracting(t -> t.id()).contains("soap", "cbt.thought-record");
        Note note = f.notes.create(ada, new NewNote(engagement.id(), null, "cbt.thought-record", NoteKind.PROGRESS,
                Map.of("situation", "Meeting", "belief", "80")));
        assertThatThrownBy(() -> f.notes.update(ada, note.id(), Map.of("belief", "very")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("number");

        f.install();

        assertThat(f.notes.templates(ada)).extracting(t -> t.id()).doesNotContain("cbt.thought-record");
        Note later = f.notes.sign(ada, note.id());
        assertThat(later.template().fields()).extracting(TemplateField::label).containsExactly("Situation", "Belief (0-100)");
        assertThat(later.fields()).containsEntry("belief", "80");
        assertThatThrownBy(() -> f.notes.create(ada, new NewNote(engagement.id(), null, "cbt.thought-record",
                NoteKind.PROGRESS, Map.of()))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aSignatureRequirementMakesTheNoteWaitForItsCosignerWhoCosignsOrReturnsIt() {
        f.notes.addSignatureRequirement((author, note) -> Optional.of(new Cosignature(ben.userId(), "Supervised intern")),
                Map.of());
        Note first = draft(NoteKind.PROGRESS, SOAP);

        Note waiting = f.notes.sign(ada, first.id());
        assertThat(waiting.status()).isEqualTo(NoteStatus.AWAITING_COSIGNATURE);
        assertThat(waiting.cosignerName()).isEqualTo("Ben Okri");
        assertThatThrownBy(() -> f.notes.update(ada, first.id(), SOAP)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> f.notes.cosign(ada, first.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(f.notes.awaitingCosignature(ben)).extracting(Note::id).containsExactly(first.id());
        assertThat(f.notes.get(ben, first.id()).fields()).isEqualTo(SOAP.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));

        Note returned = f.notes.returnForRevision(ben, first.id(), "Say what the risk assessment found");
        assertThat(returned.status()).isEqualTo(NoteStatus.DRAFT);
        assertThat(returned.history()).last().satisfies(h -> {
            assertThat(h.action()).isEqualTo("RETURNED");
            assertThat(h.comment()).isEqualTo("Say what the risk assessment found");
        });
        f.notes.update(ada, first.id(), Map.of("subjective", "s", "objective", "o", "assessment", "a", "plan", "p",
                "risk", "Risk indicated: see assessment"));
        f.notes.sign(ada, first.id());
        Note done = f.notes.cosign(ben, first.id());

        assertThat(done.status()).isEqualTo(NoteStatus.SIGNED);
        assertThat(done.cosignedAt()).isNotNull();
        assertThat(done.history()).extracting(h -> h.action())
                .containsExactly("CREATED", "SIGNED", "RETURNED", "SIGNED", "COSIGNED");
        assertThat(f.notes.awaitingCosignature(ben)).isEmpty();
    }

    @Test
    void aGrantLetsASupervisorReadAPsychotherapyNoteAndTheReadIsFlagged() {
        Note process = draft(NoteKind.PSYCHOTHERAPY, Map.of("subjective", "process"));
        f.notes.addNoteAccessGrant((reader, engagementId, authorId, kind) -> reader.equals(ben)
                ? Optional.of("supervisor of the author") : Optional.empty(), Map.of());

        assertThat(f.notes.get(ben, process.id()).id()).isEqualTo(process.id());
        assertThat(f.audited).last().satisfies(r -> {
            assertThat(r.flagged()).isTrue();
            assertThat(r.reason()).contains("supervisor of the author");
        });
        assertThatThrownBy(() -> f.notes.get(admin, process.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void theRecordExportHoldsSignedProgressNotesPlansAndMeasuresButNoPsychotherapyNote() {
        Note progress = draft(NoteKind.PROGRESS, SOAP);
        f.notes.sign(ada, progress.id());
        java.util.Map<String, String> processFields = new java.util.HashMap<>(SOAP);
        processFields.put("subjective", "secret-process-phrase");
        Note process = draft(NoteKind.PSYCHOTHERAPY, processFields);
        f.notes.sign(ada, process.id());
        draft(NoteKind.PROGRESS, Map.of("subjective", "unsigned-draft-phrase"));
        f.notes.recordPlan(ada, new org.alliance.api.notes.NewTreatmentPlan(engagement.id(), "Low mood",
                List.of(new org.alliance.api.notes.Goal("Walk daily", null, null)), null));
        f.notes.recordMeasure(ada, engagement.id(), "phq-9", List.of(1, 1, 1, 1, 1, 1, 1, 1, 0));

        byte[] pdf = f.notes.recordPdf(ada, engagement.id());

        assertThat(new String(pdf, java.nio.charset.StandardCharsets.US_ASCII)).startsWith("%PDF");
        String text = f.rendered.get(0).blocks().stream().map(Object::toString).reduce("", String::concat);
        assertThat(text).contains("zebra-quartz", "Walk daily", "PHQ-9", "8/27", "Mild", "1 unsigned draft note is")
                .doesNotContain("secret-process-phrase").doesNotContain("unsigned-draft-phrase");
        assertThat(f.rendered.get(0).blocks()).hasAtLeastOneElementOfType(Block.Table.class);
        assertThatThrownBy(() -> f.notes.recordPdf(admin, engagement.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(f.audited).filteredOn(r -> r.action().equals("record.export"))
                .extracting(r -> r.outcome()).containsExactly(AuditOutcome.SUCCESS, AuditOutcome.DENIED);
    }

    @Test
    void factsTellWhatTheRecordHoldsWithoutItsContentAndWithoutPsychotherapyNotes() {
        Note progress = draft(NoteKind.PROGRESS, SOAP);
        f.notes.sign(ada, progress.id());
        f.notes.sign(ada, draft(NoteKind.PSYCHOTHERAPY, SOAP).id());
        draft(NoteKind.PROGRESS, Map.of("subjective", "draft"));
        f.notes.recordMeasure(ada, engagement.id(), "gad-7", List.of(0, 0, 0, 0, 0, 0, 0));

        var facts = f.notes.facts(admin, engagement.id());

        assertThat(facts.signedNotes()).extracting(n -> n.noteId()).containsExactly(progress.id());
        assertThat(facts.signedNotes().get(0).templateId()).isEqualTo("soap");
        assertThat(facts.measures()).extracting(m -> m.measureId()).containsExactly("gad-7");
        assertThat(f.audited).last().satisfies(r -> assertThat(r.action()).isEqualTo("record.facts"));
    }

    @Test
    void aNewPlanSupersedesTheCurrentOne() throws Exception {
        var goal = new org.alliance.api.notes.Goal("Return to work", java.time.LocalDate.of(2027, 3, 1), null);
        f.notes.recordPlan(ada, new org.alliance.api.notes.NewTreatmentPlan(engagement.id(), "Burn-out", List.of(goal), null));
        f.notes.recordPlan(ada, new org.alliance.api.notes.NewTreatmentPlan(engagement.id(), "Burn-out, sleep",
                List.of(goal), null));

        var plans = f.notes.plans(ada, engagement.id());

        assertThat(plans).extracting(p -> p.version() + ":" + p.current()).containsExactly("2:true", "1:false");
        assertThat(plans.get(1).goals().get(0).status()).isEqualTo(org.alliance.api.notes.Goal.GoalStatus.OPEN);
        assertThat(f.rawTable("TREATMENT_PLAN")).doesNotContain("Burn-out");
        assertThatThrownBy(() -> f.notes.recordPlan(ada, new org.alliance.api.notes.NewTreatmentPlan(engagement.id(),
                "x", List.of(), null))).isInstanceOf(InvalidInputException.class).hasMessageContaining("goal");
        assertThatThrownBy(() -> f.notes.plans(admin, engagement.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void measuresAreScoredAndTrendedOldestFirst() throws Exception {
        var first = f.notes.recordMeasure(ada, engagement.id(), "gad-7", List.of(3, 3, 3, 3, 3, 3, 3));
        f.notes.recordMeasure(ada, engagement.id(), "phq-9", List.of(0, 0, 0, 0, 0, 0, 0, 0, 1));
        f.notes.recordMeasure(ada, engagement.id(), "gad-7", List.of(1, 1, 1, 1, 1, 0, 0));

        assertThat(first.score()).isEqualTo(21);
        assertThat(first.band()).isEqualTo("Severe");
        assertThat(f.notes.trend(ada, engagement.id(), "gad-7")).extracting(r -> r.score()).containsExactly(21, 5);
        assertThat(f.notes.trend(ada, engagement.id(), "phq-9")).singleElement()
                .satisfies(r -> assertThat(r.alerts()).singleElement().asString().contains("item 9"));
        assertThat(f.rawTable("MEASURE_RESULT")).doesNotContain("Severe");
        assertThatThrownBy(() -> f.notes.trend(ben, engagement.id(), "gad-7")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCiphertextCopiedIntoAnotherNoteCannotBeOpenedThere() throws Exception {
        Note a = draft(NoteKind.PROGRESS, SOAP);
        Note b = draft(NoteKind.PROGRESS, Map.of("subjective", "other"));
        try (var st = f.keepAlive.createStatement()) {
            st.execute("UPDATE NOTES.NOTE SET FIELDS_SEALED = (SELECT FIELDS_SEALED FROM NOTES.NOTE WHERE ID = '" + a.id()
                    + "') WHERE ID = '" + b.id() + "'");
        }
        assertThatThrownBy(() -> f.notes.get(ada, b.id())).isInstanceOf(IllegalStateException.class);
        verify(f.events, org.mockito.Mockito.never()).postEvent(any());
    }
}
