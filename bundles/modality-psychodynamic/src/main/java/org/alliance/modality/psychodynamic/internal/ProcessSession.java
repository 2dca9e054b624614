package org.alliance.modality.psychodynamic.internal;

import static org.alliance.spi.modality.FieldType.LONG_TEXT;
import static org.alliance.spi.modality.TemplateField.choice;
import static org.alliance.spi.modality.TemplateField.optional;
import static org.alliance.spi.modality.TemplateField.required;

import java.util.List;
import org.alliance.spi.modality.NoteTemplate;

/**
 * The process-oriented session note: themes and material, transference and countertransference,
 * defences, interventions along the expressive-supportive continuum, the alliance, and what the
 * session adds to the formulation. Required are only the themes, the interventions and the plan:
 * transference, dreams or a rupture are not in every session, and a required field would make the
 * writer invent them.
 */
final class ProcessSession {

    /** The levels of the DSM-IV Defensive Functioning Scale, most adaptive first. */
    static final List<String> DEFENSIVE_LEVELS = List.of("High adaptive", "Mental inhibitions (compromise formation)",
            "Minor image-distorting", "Disavowal", "Major image-distorting", "Action", "Defensive dysregulation");

    /** Where the session's interventions lay on the expressive-supportive continuum. */
    static final List<String> STANCE = List.of("Mainly expressive (interpretive)", "Expressive and supportive",
            "Mainly supportive");

    static final List<String> ALLIANCE = List.of("Collaborative", "Strained", "Rupture, addressed in the session",
            "Rupture, not yet addressed");

    private ProcessSession() {
    }

    static NoteTemplate template() {
        return new NoteTemplate("process-session", "Process session",
                "Process-oriented note of one session. Transference, countertransference and associations are usually"
                        + " kept as a psychotherapy note (readable by you alone, never exported); choose the kind when"
                        + " you start the note.",
                List.of(
                        required("main-themes", "Main themes", LONG_TEXT)
                                .withHelp("What the session was about, in the client's words where it helps, and"
                                        + " themes that recur across sessions."),
                        optional("material", "Material: associations, dreams, memories", LONG_TEXT)
                                .withHelp("Notable sequences of association, dreams and the client's associations to"
                                        + " them, fantasies, slips, and what came up around lateness or breaks."),
                        optional("transference", "Transference", LONG_TEXT)
                                .withHelp("How the client related to you and to the therapy: expectations, feelings and"
                                        + " patterns carried over from other relationships."),
                        optional("countertransference", "Countertransference", LONG_TEXT)
                                .withHelp("Your own reactions (feelings, pulls to act, fantasies) and what they may say"
                                        + " about the client's inner world; material for supervision."),
                        optional("defences", "Defences observed", LONG_TEXT)
                                .withHelp("Each defence, when it came into play and what it seemed to protect against,"
                                        + " e.g. intellectualisation, projection, splitting, denial, reaction"
                                        + " formation, humour."),
                        choice("defensive-level", "Predominant defensive level", false, DEFENSIVE_LEVELS)
                                .withHelp("The level of the DSM-IV Defensive Functioning Scale most in evidence this"
                                        + " session."),
                        required("interventions", "Interventions and the client's response", LONG_TEXT)
                                .withHelp("Interpretation (of defence, of transference, linking past and present),"
                                        + " confrontation, clarification, encouragement to elaborate, empathic"
                                        + " validation, advice or praise, and how the client took them."),
                        choice("stance", "Stance", false, STANCE)
                                .withHelp("Where the session's work lay on the expressive-supportive continuum."),
                        choice("alliance", "Therapeutic alliance", false, ALLIANCE)
                                .withHelp("Agreement on the tasks and goals, and the bond."),
                        optional("alliance-notes", "Alliance and ruptures", LONG_TEXT)
                                .withHelp("A rupture (withdrawal or confrontation): how it showed, how it was noticed"
                                        + " and what repaired it, or what is to be taken up next time."),
                        optional("formulation-update", "Formulation update", LONG_TEXT)
                                .withHelp("What this session adds to or changes in the case formulation: the core"
                                        + " conflictual relationship theme, conflicts, defences."),
                        required("plan", "Plan", LONG_TEXT)
                                .withHelp("Themes to follow, what to take to supervision, and practical matters"
                                        + " (breaks, frequency, fees).")));
    }
}
