package org.alliance.modality.cbt.internal;

import static org.alliance.spi.modality.FieldType.DATE;
import static org.alliance.spi.modality.FieldType.LONG_TEXT;
import static org.alliance.spi.modality.FieldType.NUMBER;
import static org.alliance.spi.modality.FieldType.TEXT;
import static org.alliance.spi.modality.TemplateField.choice;
import static org.alliance.spi.modality.TemplateField.optional;
import static org.alliance.spi.modality.TemplateField.required;

import java.util.List;
import org.alliance.spi.modality.NoteTemplate;

/**
 * Behavioural activation: an activity chosen from the client's values, scheduled, with the
 * expected mastery and pleasure and a plan for what may get in the way; then, usually at the next
 * session, whether it happened and how it actually felt. The plan is required; the review is
 * optional because it is written after the plan, and a note is signed when it is written.
 */
final class BehaviouralActivation {

    /** The life areas of the values assessment used in behavioural activation. */
    static final List<String> LIFE_AREAS = List.of("Relationships and family", "Work, study or volunteering",
            "Home and daily routine", "Health and self-care", "Leisure and interests", "Community and spirituality");

    static final List<String> DONE = List.of("Yes, as planned", "Partly, or changed", "No");

    private BehaviouralActivation() {
    }

    static NoteTemplate template() {
        return new NoteTemplate("behavioural-activation", "Behavioural activation",
                "One activity planned from the client's values and scheduled, with predicted mastery and pleasure;"
                        + " the review fields record how it went.",
                List.of(
                        choice("life-area", "Life area", true, LIFE_AREAS)
                                .withHelp("The area of life the activity serves."),
                        required("value", "Value it serves", TEXT)
                                .withHelp("In the client's words, e.g. 'being a present parent'."),
                        required("activity", "Activity", TEXT)
                                .withHelp("Specific and small enough to do: what, where and with whom, e.g. 'walk to"
                                        + " the park with my daughter'."),
                        required("scheduled-on", "Scheduled for", DATE)
                                .withHelp("The day agreed with the client."),
                        optional("scheduled-time", "Time and cue", TEXT)
                                .withHelp("e.g. 'Saturday 10:00, after breakfast'. A set time makes it far likelier to"
                                        + " happen than 'when I feel like it'."),
                        required("predicted-mastery", "Predicted mastery (0-10)", NUMBER)
                                .withHelp("How much sense of achievement the client expects."),
                        required("predicted-pleasure", "Predicted pleasure (0-10)", NUMBER)
                                .withHelp("How much enjoyment the client expects."),
                        required("obstacles", "Obstacles and plan", LONG_TEXT)
                                .withHelp("What could get in the way (low energy, weather, rumination, other people)"
                                        + " and what the client will do then, including a smaller fallback."),
                        choice("done", "Review: done?", false, DONE)
                                .withHelp("At the review, usually in the next session; leave empty when planning."),
                        optional("actual-mastery", "Review: actual mastery (0-10)", NUMBER)
                                .withHelp("Rated after the activity."),
                        optional("actual-pleasure", "Review: actual pleasure (0-10)", NUMBER)
                                .withHelp("Rated after the activity."),
                        optional("review", "Review: what the client noticed", LONG_TEXT)
                                .withHelp("Predicted against actual ratings, mood before and after, what got in the way"
                                        + " and the next step.")));
    }
}
