package org.alliance.api.notes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One completed outcome measure, scored.
 *
 * @param answers one answer value per item, in the measure's order
 * @param band    the severity band's label, e.g. "Moderate"
 * @param alerts  item alerts raised by the answers (e.g. PHQ-9 item 9), empty when none
 */
public record MeasureResult(UUID id, UUID engagementId, String measureId, String measureTitle, Instant at,
        UUID recordedById, List<Integer> answers, int score, int maxScore, String band, List<String> alerts) {

    public MeasureResult {
        answers = List.copyOf(answers);
        alerts = List.copyOf(alerts);
    }
}
