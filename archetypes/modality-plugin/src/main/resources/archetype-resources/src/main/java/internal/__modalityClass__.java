package ${package}.internal;

import java.util.List;
import org.alliance.spi.modality.AnswerOption;
import org.alliance.spi.modality.FieldType;
import org.alliance.spi.modality.MeasureItem;
import org.alliance.spi.modality.Modality;
import org.alliance.spi.modality.ModalityId;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.OutcomeMeasure;
import org.alliance.spi.modality.SessionCadence;
import org.alliance.spi.modality.SeverityBand;
import org.alliance.spi.modality.TemplateField;
import org.osgi.service.component.annotations.Component;

/**
 * ${modalityName}, as Alliance offers it to practitioners: its note templates, outcome
 * measures, usual cadence and what to weigh when ending therapy.
 *
 * <p>Declarative Services registers one instance as a {@link Modality} service with the service
 * property {@code alliance.modality.id=${modalityId}}; Alliance picks it up the moment the bundle
 * starts and drops it the moment it stops, with no restart. {@link ModalityId} writes that
 * property for you, so it cannot be misspelled. The id is what engagements and practitioners'
 * declared competences store: <b>never change it once a practice uses the plugin.</b>
 *
 * <p>Alliance calls these methods from any thread, as often as it likes, and never caches the
 * answers across a reinstall. So everything is an immutable constant, built once. The records
 * check themselves when they are constructed: a malformed template throws while this class is
 * loaded, which the unit test catches long before a practice installs the plugin.
 */
@Component(service = Modality.class)
@ModalityId("${modalityId}")
public class ${modalityClass} implements Modality {

    /*
     * EXAMPLE note template: replace it with the forms your approach really uses.
     *
     * A template id is unique within this modality; Alliance presents it as
     * "${modalityId}.<template id>". Field ids are the keys of the answers stored in each note.
     * When a practitioner starts a note, Alliance copies the template into the note, so a note
     * stays readable even after this plugin is changed or uninstalled. That is also why a
     * released template is better left alone: add a new template (e.g. "session-v2") rather
     * than renaming or removing fields of one that practices have used.
     */
    static final NoteTemplate SESSION_NOTE = new NoteTemplate(
            "session",
            "${modalityName} session note",
            "The note for an ordinary session. Example: replace the fields with your approach's own.",
            List.of(
                    // TEXT is one line, LONG_TEXT paragraphs; required fields must be filled before the
                    // note can be signed, but a draft may leave them empty.
                    TemplateField.required("focus", "Session focus", FieldType.TEXT)
                            .withHelp("What the client brought, in a few words"),
                    TemplateField.required("work", "What we worked on", FieldType.LONG_TEXT),
                    // NUMBER takes whole or decimal numbers; say the scale in the label or the help.
                    TemplateField.optional("distress", "Distress at the end (0 to 10)", FieldType.NUMBER)
                            .withHelp("The client's own rating"),
                    // CHOICE is the only type with options, and it must have some.
                    TemplateField.choice("engagement", "Client's engagement", false, List.of("Low", "Moderate", "High")),
                    TemplateField.optional("between-sessions", "Between-session practice", FieldType.LONG_TEXT),
                    // DATE answers are ISO-8601 calendar dates.
                    TemplateField.optional("review-on", "Review the plan on", FieldType.DATE)));

    /*
     * EXAMPLE outcome measure, made up for this template and NOT a validated instrument: replace
     * it with one your approach uses and that you may distribute (many, such as PHQ-9 or GAD-7,
     * have their own terms; ship them only as those terms allow), or remove it.
     *
     * An outcome measure is scored by summing the answers: every item takes the same answer
     * options, and the highest possible total is (number of items) x (highest answer value),
     * here 4 x 3 = 12. The severity bands must cover every total from 0 to that maximum exactly
     * once, ascending, without gaps or overlaps: the constructor refuses anything else, because a
     * total that falls in no band would leave a therapist without an interpretation.
     */
    static final OutcomeMeasure EXAMPLE_MEASURE = new OutcomeMeasure(
            "example-check-in",
            "Example check-in (replace before release)",
            "EXAMPLE ONLY, not a validated measure. Over the past week, how much has each of these troubled you?",
            List.of(
                    MeasureItem.of("overwhelmed", "Feeling overwhelmed by everyday tasks"),
                    MeasureItem.of("sleep", "Sleeping badly"),
                    MeasureItem.of("avoidance", "Avoiding people, places or activities"),
                    // An item can raise an alert whatever the total: from the answer value given,
                    // the therapist sees the message with the score.
                    new MeasureItem("unsafe", "Feeling unsafe", 2, "Ask about safety at the start of the next session")),
            List.of(
                    new AnswerOption(0, "Not at all"),
                    new AnswerOption(1, "A little"),
                    new AnswerOption(2, "Quite a lot"),
                    new AnswerOption(3, "Very much")),
            List.of(
                    new SeverityBand(0, 3, "Low"),
                    new SeverityBand(4, 7, "Moderate"),
                    new SeverityBand(8, 12, "High")));

    @Override
    public String name() {
        return "${modalityName}";
    }

    @Override
    public String description() {
        // Shown in the modality directory and the module list: one or two sentences.
        return "${modalityName}. Replace this with one or two sentences on the approach.";
    }

    @Override
    public List<NoteTemplate> noteTemplates() {
        return List.of(SESSION_NOTE);
    }

    @Override
    public List<OutcomeMeasure> outcomeMeasures() {
        return List.of(EXAMPLE_MEASURE);
    }

    @Override
    public SessionCadence recommendedCadence() {
        // Shown when planning care; the usual case, not a rule. Example values: change them.
        return new SessionCadence(50, 7, "12 to 20 sessions");
    }

    @Override
    public List<String> terminationConsiderations() {
        // Shown by the termination workflow while a therapist plans an ending. Example
        // considerations: write the ones your approach teaches.
        return List.of(
                "Review progress against the goals agreed at the start, with the client's own ratings.",
                "Plan with the client how they will notice and respond to early signs of relapse.",
                "Agree whether and how the client may return for follow-up sessions.");
    }
}
