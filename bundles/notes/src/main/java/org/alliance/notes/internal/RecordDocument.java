package org.alliance.notes.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.Practice;
import org.alliance.api.document.Block;
import org.alliance.api.document.Document;
import org.alliance.api.document.DocumentRenderer;
import org.alliance.api.notes.Addendum;
import org.alliance.api.notes.Goal;
import org.alliance.api.notes.MeasureResult;
import org.alliance.api.notes.Note;
import org.alliance.api.notes.NoteKind;
import org.alliance.api.notes.NoteStatus;
import org.alliance.api.notes.TreatmentPlan;
import org.alliance.spi.modality.TemplateField;

/**
 * The clinical record of one engagement as a printable document: treatment plans, signed
 * progress notes with their addenda, outcome measures. Psychotherapy notes are not part of the
 * record and are refused here even if a caller passed one; drafts are left out and counted.
 */
final class RecordDocument {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final DocumentRenderer renderer;
    private final Practice practice;

    RecordDocument(DocumentRenderer renderer, Practice practice) {
        this.renderer = renderer;
        this.practice = practice;
    }

    byte[] render(Engagement engagement, String clientName, String therapistName, List<Note> notes, int drafts,
            List<TreatmentPlan> plans, List<MeasureResult> measures) {
        ZoneId zone = practice.zone();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Fields(List.of(
                new Block.Field("Client", clientName),
                new Block.Field("Treating practitioner", therapistName),
                new Block.Field("Modality", engagement.modality()),
                new Block.Field("Engagement", engagement.status() + ", from " + day(engagement.startedAt(), zone)
                        + (engagement.endedAt() == null ? "" : " to " + day(engagement.endedAt(), zone))),
                new Block.Field("Exported", TIME.format(Instant.now().atZone(zone)) + " (" + zone + ")"))));
        blocks.add(new Block.Paragraph("This export holds the progress notes, treatment plans and outcome measures of "
                + "the engagement. Psychotherapy notes are not part of the clinical record and are never exported."
                + (drafts == 0 ? "" : " " + drafts + " unsigned draft note" + (drafts == 1 ? " is" : "s are") + " not included.")));

        blocks.add(new Block.Heading("Treatment plans", 1));
        if (plans.isEmpty()) {
            blocks.add(new Block.Paragraph("No treatment plan recorded."));
        }
        for (TreatmentPlan plan : plans) {
            blocks.add(new Block.Heading("Plan version " + plan.version() + (plan.current() ? " (current)" : "") + ", "
                    + TIME.format(plan.createdAt().atZone(zone)) + ", " + plan.authorName(), 2));
            blocks.add(new Block.Fields(List.of(new Block.Field("Problem", plan.problem()),
                    new Block.Field("Review by", plan.reviewDate() == null ? "not set" : plan.reviewDate().toString()))));
            blocks.add(new Block.Table(List.of("Goal", "Target date", "Status"), plan.goals().stream()
                    .map(g -> List.of(g.description(), g.targetDate() == null ? "" : g.targetDate().toString(),
                            status(g))).toList()));
        }

        blocks.add(new Block.Heading("Progress notes", 1));
        if (notes.isEmpty()) {
            blocks.add(new Block.Paragraph("No signed progress note."));
        }
        for (Note note : notes) {
            if (note.kind() != NoteKind.PROGRESS || note.status() == NoteStatus.DRAFT) {
                throw new IllegalArgumentException("only signed progress notes belong in a record export");
            }
            blocks.add(new Block.Heading(note.template().title() + ", " + TIME.format(note.createdAt().atZone(zone)), 2));
            List<Block.Field> fields = new ArrayList<>();
            Map<String, String> values = note.fields();
            for (TemplateField field : note.template().fields()) {
                if (values.containsKey(field.id())) {
                    fields.add(new Block.Field(field.label(), values.get(field.id())));
                }
            }
            fields.add(new Block.Field("Signed", TIME.format(note.signedAt().atZone(zone)) + " by " + note.authorName()));
            if (note.cosignerId() != null) {
                fields.add(new Block.Field("Co-signature", note.cosignedAt() == null
                        ? "awaited from " + note.cosignerName()
                        : TIME.format(note.cosignedAt().atZone(zone)) + " by " + note.cosignerName()));
            }
            blocks.add(new Block.Fields(fields));
            for (Addendum addendum : note.addenda()) {
                blocks.add(new Block.Fields(List.of(
                        new Block.Field("Addendum " + TIME.format(addendum.at().atZone(zone)) + " by " + addendum.authorName(),
                                addendum.text()),
                        new Block.Field("Reason", addendum.reason()))));
            }
        }

        blocks.add(new Block.Heading("Outcome measures", 1));
        if (measures.isEmpty()) {
            blocks.add(new Block.Paragraph("No outcome measure recorded."));
        } else {
            blocks.add(new Block.Table(List.of("Date", "Measure", "Score", "Severity"), measures.stream()
                    .map(m -> List.of(TIME.format(m.at().atZone(zone)), m.measureTitle(), m.score() + "/" + m.maxScore(),
                            m.band() + (m.alerts().isEmpty() ? "" : " (alert: " + String.join("; ", m.alerts()) + ")")))
                    .toList()));
        }
        return renderer.pdf(new Document("Clinical record", clientName + ", " + engagement.modality(), blocks, true));
    }

    private static String day(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone).toString();
    }

    private static String status(Goal goal) {
        return goal.status() == null ? "OPEN" : goal.status().name();
    }
}
