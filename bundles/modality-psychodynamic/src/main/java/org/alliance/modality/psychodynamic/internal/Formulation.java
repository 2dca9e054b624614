package org.alliance.modality.psychodynamic.internal;

import static org.alliance.spi.modality.FieldType.LONG_TEXT;
import static org.alliance.spi.modality.TemplateField.optional;
import static org.alliance.spi.modality.TemplateField.required;

import java.util.List;
import org.alliance.spi.modality.NoteTemplate;

/**
 * The psychodynamic case formulation, written after the assessment sessions and revised as the
 * work goes on: the presenting problem and why now, the core conflictual relationship theme
 * (Luborsky's wish, response of other, response of self), the characteristic defences, object
 * relations and strengths. Those are required: without them it is not a formulation. The
 * relationship episodes it rests on, the history and the focus are optional.
 */
final class Formulation {

    private Formulation() {
    }

    static NoteTemplate template() {
        return new NoteTemplate("formulation", "Case formulation",
                "Psychodynamic case formulation: the core conflictual relationship theme, defences, object relations"
                        + " and strengths. Write it after the assessment and revise it as the work goes on.",
                List.of(
                        required("presenting-problem", "Presenting problem and why now", LONG_TEXT)
                                .withHelp("The difficulties the client brings and what led them to seek help at this"
                                        + " point."),
                        required("ccrt-wish", "Core conflictual relationship theme: wish", LONG_TEXT)
                                .withHelp("What the client wants from others (or for themselves) across relationship"
                                        + " episodes, e.g. 'to be close and cared for'."),
                        required("ccrt-response-of-other", "Core conflictual relationship theme: response of other",
                                LONG_TEXT)
                                .withHelp("How others are expected to respond, or do respond, e.g. 'they reject me'."),
                        required("ccrt-response-of-self", "Core conflictual relationship theme: response of self",
                                LONG_TEXT)
                                .withHelp("How the client then feels, thinks and acts, e.g. 'I withdraw and feel"
                                        + " worthless'."),
                        optional("relationship-episodes", "Relationship episodes", LONG_TEXT)
                                .withHelp("The narratives with others, you among them, that the theme is drawn from."),
                        required("defences", "Characteristic defences", LONG_TEXT)
                                .withHelp("The client's habitual defences and their level, when they come into play,"
                                        + " and what they protect against."),
                        required("object-relations", "Object relations", LONG_TEXT)
                                .withHelp("Inner pictures of self and others and the feelings that link them; how they"
                                        + " show in current relationships and in the transference."),
                        optional("developmental-history", "Developmental history", LONG_TEXT)
                                .withHelp("Early relationships and events that make the pattern understandable."),
                        required("strengths", "Strengths", LONG_TEXT)
                                .withHelp("Capacity to reflect on oneself, relationships that hold, achievements,"
                                        + " humour, motivation: what the therapy can build on."),
                        optional("focus", "Focus of the work", LONG_TEXT)
                                .withHelp("In brief therapy the focus agreed with the client; in open-ended therapy"
                                        + " the changes hoped for.")));
    }
}
