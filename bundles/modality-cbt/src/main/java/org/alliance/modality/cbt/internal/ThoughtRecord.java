package org.alliance.modality.cbt.internal;

import static org.alliance.spi.modality.FieldType.LONG_TEXT;
import static org.alliance.spi.modality.FieldType.NUMBER;
import static org.alliance.spi.modality.FieldType.TEXT;
import static org.alliance.spi.modality.TemplateField.optional;
import static org.alliance.spi.modality.TemplateField.required;

import java.util.List;
import org.alliance.spi.modality.NoteTemplate;

/**
 * The thought record (Beck's dysfunctional thought record in its seven-column form): a
 * situation, the emotions and the "hot" automatic thought it set off, the evidence for and
 * against that thought, a balanced alternative, and the emotions rated again. The columns are
 * required; the thinking traps and the closing outcome are optional, because a record worked on
 * in session may stop at the balanced thought.
 */
final class ThoughtRecord {

    private ThoughtRecord() {
    }

    static NoteTemplate template() {
        return new NoteTemplate("thought-record", "Thought record",
                "Seven-column thought record worked through in session or reviewed from homework: one situation, its hot"
                        + " thought examined against the evidence, and a balanced alternative.",
                List.of(
                        required("situation", "Situation", LONG_TEXT)
                                .withHelp("Who, what, where and when: what a camera would have recorded, without"
                                        + " interpretation."),
                        required("emotions", "Emotions and intensity (0-100)", LONG_TEXT)
                                .withHelp("One word per emotion with its strength at the time, e.g. 'anxious 80,"
                                        + " ashamed 60'."),
                        required("automatic-thoughts", "Automatic thoughts and images", LONG_TEXT)
                                .withHelp("What went through the client's mind; mark the hot thought, the one"
                                        + " carrying most of the emotion."),
                        required("belief-rating", "Belief in the hot thought (0-100 %)", NUMBER)
                                .withHelp("How strongly the client believed the hot thought at the time."),
                        optional("thinking-traps", "Thinking traps noticed", TEXT)
                                .withHelp("e.g. catastrophising, mind reading, all-or-nothing thinking,"
                                        + " overgeneralising, 'should' statements."),
                        required("evidence-for", "Evidence that supports the hot thought", LONG_TEXT)
                                .withHelp("Facts only, not interpretations or feelings."),
                        required("evidence-against", "Evidence that does not support the hot thought", LONG_TEXT)
                                .withHelp("What the client would tell a friend; times it was not true; what they"
                                        + " would notice if it were not."),
                        required("alternative-thought", "Alternative or balanced thought", LONG_TEXT)
                                .withHelp("A thought that fits both columns of evidence, in the client's words."),
                        optional("alternative-belief", "Belief in the balanced thought (0-100 %)", NUMBER)
                                .withHelp("How believable the balanced thought feels now."),
                        required("emotions-rerated", "Emotions re-rated (0-100)", LONG_TEXT)
                                .withHelp("The same emotions rated again after the balanced thought, and any new one."),
                        optional("belief-rerated", "Belief in the hot thought now (0-100 %)", NUMBER)
                                .withHelp("The original hot thought rated again."),
                        optional("outcome", "Outcome and next step", LONG_TEXT)
                                .withHelp("What the client will do with it: an action plan, a behavioural experiment to"
                                        + " test the thought, or what is still unresolved.")));
    }
}
