package org.alliance.notes.internal;

import java.util.List;
import org.alliance.spi.modality.AnswerOption;
import org.alliance.spi.modality.MeasureItem;
import org.alliance.spi.modality.OutcomeMeasure;
import org.alliance.spi.modality.SeverityBand;

/**
 * PHQ-9 and GAD-7 (Kroenke, Spitzer, Williams; free to reproduce and use, no permission
 * required), with their published scoring: items summed, severity bands as in the validation
 * studies. PHQ-9 item 9 raises an alert at any answer above "Not at all", whatever the total.
 */
final class BuiltInMeasures {

    private static final List<AnswerOption> FREQUENCY = List.of(
            new AnswerOption(0, "Not at all"),
            new AnswerOption(1, "Several days"),
            new AnswerOption(2, "More than half the days"),
            new AnswerOption(3, "Nearly every day"));

    private static final String TWO_WEEKS =
            "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

    static final OutcomeMeasure PHQ_9 = new OutcomeMeasure("phq-9", "PHQ-9 (depression)", TWO_WEEKS, List.of(
            MeasureItem.of("interest", "Little interest or pleasure in doing things"),
            MeasureItem.of("mood", "Feeling down, depressed, or hopeless"),
            MeasureItem.of("sleep", "Trouble falling or staying asleep, or sleeping too much"),
            MeasureItem.of("energy", "Feeling tired or having little energy"),
            MeasureItem.of("appetite", "Poor appetite or overeating"),
            MeasureItem.of("self-worth",
                    "Feeling bad about yourself, or that you are a failure or have let yourself or your family down"),
            MeasureItem.of("concentration",
                    "Trouble concentrating on things, such as reading the newspaper or watching television"),
            MeasureItem.of("psychomotor", "Moving or speaking so slowly that other people could have noticed; or the "
                    + "opposite, being so fidgety or restless that you have been moving around a lot more than usual"),
            new MeasureItem("self-harm", "Thoughts that you would be better off dead, or of hurting yourself in some way",
                    1, "PHQ-9 item 9 is positive (thoughts of death or self-harm): assess suicide risk before the client leaves.")),
            FREQUENCY, List.of(
                    new SeverityBand(0, 4, "Minimal"),
                    new SeverityBand(5, 9, "Mild"),
                    new SeverityBand(10, 14, "Moderate"),
                    new SeverityBand(15, 19, "Moderately severe"),
                    new SeverityBand(20, 27, "Severe")));

    static final OutcomeMeasure GAD_7 = new OutcomeMeasure("gad-7", "GAD-7 (anxiety)", TWO_WEEKS, List.of(
            MeasureItem.of("nervous", "Feeling nervous, anxious, or on edge"),
            MeasureItem.of("control", "Not being able to stop or control worrying"),
            MeasureItem.of("worry", "Worrying too much about different things"),
            MeasureItem.of("relaxing", "Trouble relaxing"),
            MeasureItem.of("restless", "Being so restless that it is hard to sit still"),
            MeasureItem.of("irritable", "Becoming easily annoyed or irritable"),
            MeasureItem.of("afraid", "Feeling afraid, as if something awful might happen")),
            FREQUENCY, List.of(
                    new SeverityBand(0, 4, "Minimal"),
                    new SeverityBand(5, 9, "Mild"),
                    new SeverityBand(10, 14, "Moderate"),
                    new SeverityBand(15, 21, "Severe")));

    static final List<OutcomeMeasure> ALL = List.of(PHQ_9, GAD_7);

    private BuiltInMeasures() {
    }
}
