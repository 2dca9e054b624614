package org.alliance.spi.modality;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A questionnaire scored by summing its items' answers, the shape of PHQ-9, GAD-7, PCL-5,
 * CORE-10 and most routine outcome measures. Every item takes the same answer options; the
 * severity bands cover every possible total from 0 to the maximum without gaps or overlaps.
 *
 * @param id           unique within its modality; lower case letters, digits and hyphens
 * @param title        e.g. "PHQ-9 (depression)"
 * @param instructions the instrument's instruction to the respondent, e.g. "Over the last 2 weeks, ..."
 * @param items        the questions, in order, ids unique
 * @param options      the answers every item accepts, values distinct
 * @param bands        severity bands, ascending, contiguous from 0 to {@link #maxScore()}
 */
public record OutcomeMeasure(String id, String title, String instructions, List<MeasureItem> items,
        List<AnswerOption> options, List<SeverityBand> bands) {

    public OutcomeMeasure {
        TemplateField.requireId(id, "measure id");
        TemplateField.requireText(title, "title of measure " + id);
        items = items == null ? List.of() : List.copyOf(items);
        options = options == null ? List.of() : List.copyOf(options);
        bands = bands == null ? List.of() : List.copyOf(bands);
        if (items.isEmpty() || options.isEmpty() || bands.isEmpty()) {
            throw new IllegalArgumentException("measure " + id + " needs items, answer options and severity bands");
        }
        Set<String> itemIds = new HashSet<>();
        items.forEach(item -> {
            if (!itemIds.add(item.id())) {
                throw new IllegalArgumentException("measure " + id + " has two items with id " + item.id());
            }
        });
        Set<Integer> values = new HashSet<>();
        options.forEach(option -> {
            if (!values.add(option.value())) {
                throw new IllegalArgumentException("measure " + id + " has two answers worth " + option.value());
            }
        });
        int max = items.size() * options.stream().mapToInt(AnswerOption::value).max().orElse(0);
        int next = 0;
        for (SeverityBand band : bands) {
            if (band.min() != next) {
                throw new IllegalArgumentException("measure " + id + ": band '" + band.label() + "' should start at " + next);
            }
            next = band.max() + 1;
        }
        if (next != max + 1) {
            throw new IllegalArgumentException("measure " + id + ": the bands end at " + (next - 1)
                    + " but the highest possible score is " + max);
        }
    }

    /** The highest possible total. */
    public int maxScore() {
        return items.size() * options.stream().mapToInt(AnswerOption::value).max().orElse(0);
    }
}
