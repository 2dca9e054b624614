package org.alliance.spi.modality;

/**
 * One answer a measure's items accept, e.g. {@code (2, "More than half the days")}.
 *
 * @param value the points the answer scores, zero or more
 * @param label what the client or therapist picks
 */
public record AnswerOption(int value, String label) {

    public AnswerOption {
        if (value < 0) {
            throw new IllegalArgumentException("answer values are zero or more, not " + value);
        }
        TemplateField.requireText(label, "label of answer " + value);
    }
}
