package org.alliance.spi.modality;

/**
 * A range of total scores and what it means, e.g. {@code (10, 14, "Moderate")}.
 *
 * @param min   lowest total in the band, inclusive
 * @param max   highest total in the band, inclusive
 * @param label the severity name shown with the score
 */
public record SeverityBand(int min, int max, String label) {

    public SeverityBand {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("band '" + label + "' has the range " + min + ".." + max);
        }
        TemplateField.requireText(label, "band label");
    }
}
