package org.alliance.modality.cbt.internal;

import static org.alliance.spi.modality.FieldType.LONG_TEXT;
import static org.alliance.spi.modality.TemplateField.choice;
import static org.alliance.spi.modality.TemplateField.optional;
import static org.alliance.spi.modality.TemplateField.required;

import java.util.List;
import org.alliance.spi.modality.NoteTemplate;

/**
 * The structured CBT session: mood check and bridge, agenda set together, homework review, the
 * work on each item, new homework, the client's feedback, and a risk check. Required are what
 * every CBT session has and a reader of the record needs: the mood check, the agenda, the work
 * done, the homework set (or why none was), and the risk check. The homework review is optional
 * because there is nothing to review after a session that set none.
 */
final class SessionNote {

    /** What the risk check found and did; the details go in {@code risk-details}. */
    static final List<String> RISK_CHECK = List.of("No current risk indicated",
            "Risk indicated: assessed, no change to the plan", "Risk indicated: safety plan reviewed or updated",
            "Risk indicated: urgent action taken");

    private SessionNote() {
    }

    static NoteTemplate template() {
        return new NoteTemplate("session", "CBT session",
                "The structured session note: mood check, agenda, homework review, session work, new homework,"
                        + " feedback and a risk check.",
                List.of(
                        required("mood-check", "Mood check", LONG_TEXT)
                                .withHelp("The client's update and mood rating, and questionnaire scores taken today"
                                        + " (e.g. PHQ-9) compared with last time."),
                        optional("bridge", "Bridge from the last session", LONG_TEXT)
                                .withHelp("What the client took away last time, and anything important since."),
                        required("agenda", "Agenda", LONG_TEXT)
                                .withHelp("The items agreed together at the start, in order of priority."),
                        optional("homework-review", "Homework review", LONG_TEXT)
                                .withHelp("What was done and learned; if it was not done, what got in the way. Review"
                                        + " every assignment that was set."),
                        required("session-work", "Session work and interventions", LONG_TEXT)
                                .withHelp("For each agenda item: the problem, the interventions used (Socratic"
                                        + " questioning, thought record, behavioural experiment, exposure, problem"
                                        + " solving, activity scheduling) and how the client responded."),
                        required("new-homework", "New homework", LONG_TEXT)
                                .withHelp("Agreed with the client, specific and linked to today's work, with the likely"
                                        + " obstacles. If none was set, say why."),
                        optional("client-feedback", "Client's summary and feedback", LONG_TEXT)
                                .withHelp("What the client takes from the session in their words, and what was"
                                        + " helpful or unhelpful."),
                        choice("risk-check", "Risk check", true, RISK_CHECK)
                                .withHelp("Risk to self or others asked about this session."),
                        optional("risk-details", "Risk details", LONG_TEXT)
                                .withHelp("Whenever risk was indicated: what the client said, your assessment, the"
                                        + " safety plan and any action taken.")));
    }
}
