package org.alliance.termination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.api.notes.RecordFacts;
import org.alliance.api.termination.ChecklistItem;
import org.alliance.api.termination.ItemState;
import org.alliance.api.termination.PlanStatus;
import org.alliance.api.termination.Referral;
import org.alliance.api.termination.TerminationReason;
import org.alliance.termination.internal.store.PlanRow;
import org.alliance.termination.internal.store.Tick;
import org.junit.jupiter.api.Test;

class ChecklistTest {

    private static final Instant PLANNED = Instant.parse("2026-11-23T09:00:00Z");

    private static PlanRow plan(TerminationReason reason, int closureSessions) {
        UUID id = UUID.randomUUID();
        return new PlanRow(id, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cbt", reason, PlanStatus.ACTIVE,
                LocalDate.of(2026, 12, 20), closureSessions, PLANNED, UUID.randomUUID(), null, null, null);
    }

    private static String states(List<ChecklistItem> items) {
        return String.join(",", items.stream().map(i -> i.id() + "=" + i.state() + (i.automatic() ? "*" : "")).toList());
    }

    @Test
    void withoutSchedulingAndNotesEverythingIsTickedByHand() {
        List<ChecklistItem> items = Checklist.of(plan(TerminationReason.GOALS_MET, 2), List.of(), List.of(),
                new Checklist.Facts(null, null));

        assertThat(states(items)).isEqualTo("pre-termination-counseling=OPEN,referrals-offered=OPEN*,closure-sessions=OPEN,"
                + "final-outcome-measure=OPEN,discharge-summary=OPEN");
        assertThat(Checklist.open(items)).hasSize(5);
    }

    @Test
    void theCalendarAndTheRecordAnswerWhatTheyCan() {
        PlanRow plan = plan(TerminationReason.GOALS_MET, 2);
        RecordFacts facts = new RecordFacts(plan.engagementId(),
                List.of(new RecordFacts.SignedNote(UUID.randomUUID(), "discharge-summary", PLANNED.plusSeconds(60))),
                List.of(new RecordFacts.MeasureTaken("phq-9", PLANNED.minusSeconds(60))));
        Referral referral = new Referral(UUID.randomUUID(), "Dr. Next", "next@example.org", null, plan.createdBy(), PLANNED);
        Tick counseled = new Tick(Checklist.COUNSELING, "Discussed", plan.createdBy(), PLANNED);

        List<ChecklistItem> items = Checklist.of(plan, List.of(counseled), List.of(referral), new Checklist.Facts(1, facts));

        assertThat(states(items)).isEqualTo("pre-termination-counseling=DONE,referrals-offered=DONE*,closure-sessions=OPEN*,"
                + "final-outcome-measure=OPEN*,discharge-summary=DONE*");
        assertThat(items.get(2).note()).isEqualTo("1 of 2 held");
        assertThat(Checklist.open(items)).containsExactly("Closure sessions held (2)",
                "Final outcome measure (recorded after the plan was made)");
    }

    @Test
    void aThreatToTheTherapistWaivesCounselingReferralsAndTheFinalMeasureButNotTheSummary() {
        List<ChecklistItem> items = Checklist.of(plan(TerminationReason.THREAT_TO_THERAPIST, 0), List.of(), List.of(),
                new Checklist.Facts(null, null));

        assertThat(states(items)).isEqualTo("pre-termination-counseling=NOT_APPLICABLE*,referrals-offered=NOT_APPLICABLE*,"
                + "closure-sessions=NOT_APPLICABLE*,final-outcome-measure=NOT_APPLICABLE*,discharge-summary=OPEN");
        assertThat(items).allSatisfy(i -> assertThat(i.state() != ItemState.NOT_APPLICABLE || i.note() != null).isTrue());
    }
}
