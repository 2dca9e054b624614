package org.alliance.notes.internal;

import java.util.ArrayList;
import java.util.List;
import org.alliance.api.core.InvalidInputException;
import org.alliance.spi.modality.MeasureItem;
import org.alliance.spi.modality.OutcomeMeasure;
import org.alliance.spi.modality.SeverityBand;

/** Scores a completed sum-scored measure: checks every answer, adds them up, finds the band and the item alerts. */
final class Scoring {

    record Score(int total, int max, String band, List<String> alerts) {
    }

    private Scoring() {
    }

    static Score score(OutcomeMeasure measure, List<Integer> answers) {
        if (answers == null || answers.size() != measure.items().size()) {
            throw new InvalidInputException("answers", measure.title() + " has " + measure.items().size()
                    + " items; give one answer for each, in order (got " + (answers == null ? 0 : answers.size()) + ")");
        }
        int total = 0;
        List<String> alerts = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Integer answer = answers.get(i);
            MeasureItem item = measure.items().get(i);
            if (answer == null || measure.options().stream().noneMatch(o -> o.value() == answer)) {
                throw new InvalidInputException("answers", "item " + (i + 1) + " (" + item.text() + ") takes "
                        + measure.options().stream().map(o -> o.value() + " (" + o.label() + ")").toList()
                        + ", not " + answer);
            }
            total += answer;
            if (item.alertAtOrAbove() != null && answer >= item.alertAtOrAbove()) {
                alerts.add(item.alert());
            }
        }
        int sum = total;
        String band = measure.bands().stream().filter(b -> b.min() <= sum && sum <= b.max())
                .map(SeverityBand::label).findFirst().orElseThrow();
        return new Score(total, measure.maxScore(), band, alerts);
    }
}
