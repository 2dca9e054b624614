package org.alliance.core.internal.modalities;

import java.util.List;
import org.alliance.spi.modality.AnswerOption;
import org.alliance.spi.modality.FieldType;
import org.alliance.spi.modality.MeasureItem;
import org.alliance.spi.modality.Modality;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.OutcomeMeasure;
import org.alliance.spi.modality.SessionCadence;
import org.alliance.spi.modality.SeverityBand;
import org.alliance.spi.modality.TemplateField;

/** A plugin as a third party would write it, with one template and one measure. */
public record TestModality(String name) implements Modality {

    public static final NoteTemplate THOUGHT_RECORD = new NoteTemplate("thought-record", "Thought record", null, List.of(
            TemplateField.required("situation", "Situation", FieldType.LONG_TEXT).withHelp("Where, when, who"),
            TemplateField.optional("belief", "Belief (0-100)", FieldType.NUMBER),
            TemplateField.choice("distortion", "Distortion", false, List.of("All-or-nothing", "Catastrophising"))));

    public static final OutcomeMeasure MINI = new OutcomeMeasure("mini-2", "Mini-2", "Over the last 2 weeks:",
            List.of(MeasureItem.of("interest", "Little interest"), new MeasureItem("harm", "Thoughts of harm", 1, "Ask about safety")),
            List.of(new AnswerOption(0, "Not at all"), new AnswerOption(1, "Several days"), new AnswerOption(2, "Most days")),
            List.of(new SeverityBand(0, 1, "Minimal"), new SeverityBand(2, 4, "Marked")));

    @Override
    public String description() {
        return name + " in one sentence.";
    }

    @Override
    public SessionCadence recommendedCadence() {
        return new SessionCadence(50, 7, "12 to 20 sessions");
    }

    @Override
    public List<NoteTemplate> noteTemplates() {
        return List.of(THOUGHT_RECORD);
    }

    @Override
    public List<OutcomeMeasure> outcomeMeasures() {
        return List.of(MINI);
    }

    @Override
    public List<String> terminationConsiderations() {
        return List.of("Review the relapse-prevention plan");
    }
}
