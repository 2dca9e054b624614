package org.alliance.api.notes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A treatment plan to record. A plan is never edited: recording a new one for the engagement
 * supersedes the previous one, which stays in the record.
 *
 * @param problem    the presenting problem or formulation the plan addresses
 * @param goals      at least one
 * @param reviewDate when the plan should be reviewed, or {@code null}
 */
public record NewTreatmentPlan(UUID engagementId, String problem, List<Goal> goals, LocalDate reviewDate) {

    public NewTreatmentPlan {
        goals = goals == null ? List.of() : List.copyOf(goals);
    }
}
