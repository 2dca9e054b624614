package org.alliance.api.termination;

import java.time.Instant;
import java.util.UUID;

/**
 * One thing to do before an engagement may end.
 *
 * @param id        {@code pre-termination-counseling}, {@code referrals-offered}, {@code closure-sessions},
 *                  {@code final-outcome-measure} or {@code discharge-summary}
 * @param automatic whether the module decides the state from other records (held closure sessions in
 *                  scheduling, the outcome measure and the signed discharge summary in notes) rather
 *                  than the therapist ticking it
 * @param note      the therapist's note when ticked, or why it does not apply; {@code null} otherwise
 */
public record ChecklistItem(String id, String label, ItemState state, boolean automatic, String note, UUID doneBy,
        Instant doneAt) {
}
