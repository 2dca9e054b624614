package org.alliance.spi.modality;

/**
 * One question of an outcome measure.
 *
 * @param id            stable key, lower case letters, digits and hyphens
 * @param text          the question as the instrument words it
 * @param alertAtOrAbove an answer value from which the item raises an alert whatever the total
 *                      (PHQ-9 item 9, thoughts of self-harm, alerts at 1), or {@code null}
 * @param alert         what the alert tells the therapist; required with {@code alertAtOrAbove}
 */
public record MeasureItem(String id, String text, Integer alertAtOrAbove, String alert) {

    public MeasureItem {
        TemplateField.requireId(id, "item id");
        TemplateField.requireText(text, "text of item " + id);
        if ((alertAtOrAbove == null) != (alert == null || alert.isBlank())) {
            throw new IllegalArgumentException("item " + id + ": an alert needs both a threshold and a message");
        }
    }

    /** An item without an alert. */
    public static MeasureItem of(String id, String text) {
        return new MeasureItem(id, text, null, null);
    }
}
