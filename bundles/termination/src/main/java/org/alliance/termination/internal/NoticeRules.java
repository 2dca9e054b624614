package org.alliance.termination.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.alliance.api.termination.TerminationReason;

/**
 * The notice an ending needs (APA 10.10(c), ACA A.11.c): enough days between planning and the
 * end to prepare the client, and closure sessions to work through it. What is short is said in
 * the user's words; an exception reason may be short, but then needs a second person's approval.
 */
final class NoticeRules {

    private NoticeRules() {
    }

    /** What is short of the policy, in words; empty when the notice is enough. */
    static List<String> shortfalls(TerminationSettings.Policy policy, LocalDate today, LocalDate plannedEnd,
            int closureSessions) {
        List<String> missing = new ArrayList<>();
        long days = ChronoUnit.DAYS.between(today, plannedEnd);
        if (days < policy.minimumNoticeDays()) {
            missing.add("The planned end is " + days + " day" + (days == 1 ? "" : "s") + " away; the practice asks for at least "
                    + policy.minimumNoticeDays() + " days' notice (plan the end on " + today.plusDays(policy.minimumNoticeDays())
                    + " or later).");
        }
        if (closureSessions < policy.minimumClosureSessions()) {
            missing.add(closureSessions + " closure session" + (closureSessions == 1 ? " is" : "s are")
                    + " planned; the practice asks for at least " + policy.minimumClosureSessions()
                    + " to work through the ending with the client.");
        }
        return missing;
    }

    /** Whether a plan with these shortfalls may still be opened: only for a documented exception, and then it waits for approval. */
    static boolean needsApproval(TerminationReason reason, List<String> shortfalls) {
        return !shortfalls.isEmpty() && reason.isNoticeException();
    }
}
