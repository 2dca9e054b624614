package org.alliance.api.termination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A termination plan as its reader may see it.
 *
 * @param approvedBy                the second person who approved a short-notice exception, or {@code null}
 * @param endedOn                   the day the engagement ended, once closed (earlier than planned when closed early)
 * @param checklist                 every item, in the order to work through them
 * @param considerations            what the engagement's modality plugin asks to weigh when ending, empty without one
 * @param heldClosureSessions       closure sessions held so far (from scheduling when installed), or {@code null} when unknown
 */
public record Plan(UUID id, UUID engagementId, UUID clientId, UUID therapistId, TerminationReason reason, PlanStatus status,
        LocalDate plannedEndDate, int closureSessions, Instant createdAt, UUID createdBy, UUID approvedBy,
        Instant approvedAt, LocalDate endedOn, List<ChecklistItem> checklist, List<Referral> referrals,
        List<String> considerations, Integer heldClosureSessions) {

    public Plan {
        checklist = List.copyOf(checklist);
        referrals = List.copyOf(referrals);
        considerations = List.copyOf(considerations);
    }
}
