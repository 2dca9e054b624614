package org.alliance.api.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A recorded treatment plan.
 *
 * @param version 1 for the engagement's first plan, counting up
 * @param current whether it is the newest plan of the engagement
 */
public record TreatmentPlan(UUID id, UUID engagementId, int version, boolean current, String problem, List<Goal> goals,
        LocalDate reviewDate, UUID authorId, String authorName, Instant createdAt) {

    public TreatmentPlan {
        goals = List.copyOf(goals);
    }
}
