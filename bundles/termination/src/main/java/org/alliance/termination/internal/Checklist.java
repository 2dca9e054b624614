package org.alliance.termination.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.alliance.api.notes.RecordFacts;
import org.alliance.api.termination.ChecklistItem;
import org.alliance.api.termination.ItemState;
import org.alliance.api.termination.Referral;
import org.alliance.api.termination.TerminationReason;
import org.alliance.termination.internal.store.PlanRow;
import org.alliance.termination.internal.store.Tick;

/**
 * What must be done before an engagement ends, and what of it is done. Items another module can
 * answer are automatic (closure sessions held in scheduling; the final measure and the signed
 * discharge summary in notes); without that module the therapist ticks them with a note. The
 * documented exceptions waive what cannot be done: no referral list or final measure when the
 * client left or the therapist is threatened, no counseling session with a threatening client
 * (APA 10.10(b)).
 */
final class Checklist {

    static final String COUNSELING = "pre-termination-counseling";
    static final String REFERRALS = "referrals-offered";
    static final String CLOSURE = "closure-sessions";
    static final String MEASURE = "final-outcome-measure";
    static final String SUMMARY = "discharge-summary";
    static final String DISCHARGE_TEMPLATE = "discharge-summary";

    /** What other modules said; {@code null} fields mean the module is not installed (or could not answer). */
    record Facts(Integer heldClosureSessions, RecordFacts record) {
    }

    private Checklist() {
    }

    static List<ChecklistItem> of(PlanRow plan, List<Tick> ticks, List<Referral> referrals, Facts facts) {
        Map<String, Tick> ticked = ticks.stream().collect(Collectors.toMap(Tick::itemId, Function.identity()));
        boolean exception = plan.reason().isNoticeException();
        List<ChecklistItem> items = new ArrayList<>();

        items.add(plan.reason() == TerminationReason.THREAT_TO_THERAPIST
                ? notApplicable(COUNSELING, "Pre-termination counseling", "not required when the therapist is threatened")
                : manual(COUNSELING, "Pre-termination counseling documented", ticked));

        items.add(exception
                ? notApplicable(REFERRALS, "Referral list offered", "waived by the documented exception")
                : automatic(REFERRALS, "Referral list offered (at least one referral)", !referrals.isEmpty(),
                        referrals.size() + " referral" + (referrals.size() == 1 ? "" : "s") + " recorded"));

        if (plan.closureSessions() == 0) {
            items.add(notApplicable(CLOSURE, "Closure sessions held", "no closure session planned"));
        } else if (facts.heldClosureSessions() != null) {
            int held = facts.heldClosureSessions();
            items.add(automatic(CLOSURE, "Closure sessions held (" + plan.closureSessions() + ")",
                    held >= plan.closureSessions(), held + " of " + plan.closureSessions() + " held"));
        } else {
            items.add(manual(CLOSURE, "Closure sessions held (" + plan.closureSessions() + ")", ticked));
        }

        if (exception) {
            items.add(notApplicable(MEASURE, "Final outcome measure", "waived by the documented exception"));
        } else if (facts.record() != null) {
            boolean taken = facts.record().measures().stream().anyMatch(m -> !m.at().isBefore(plan.createdAt()));
            items.add(automatic(MEASURE, "Final outcome measure (recorded after the plan was made)", taken,
                    taken ? "recorded in Notes" : null));
        } else {
            items.add(manual(MEASURE, "Final outcome measure", ticked));
        }

        if (facts.record() != null) {
            boolean signed = facts.record().signedNotes().stream().anyMatch(n -> DISCHARGE_TEMPLATE.equals(n.templateId()));
            items.add(automatic(SUMMARY, "Discharge summary signed in Notes", signed, signed ? "signed" : null));
        } else {
            items.add(manual(SUMMARY, "Discharge summary written", ticked));
        }
        return items;
    }

    /** The labels of the items still open. */
    static List<String> open(List<ChecklistItem> items) {
        return items.stream().filter(i -> i.state() == ItemState.OPEN).map(ChecklistItem::label).toList();
    }

    private static ChecklistItem manual(String id, String label, Map<String, Tick> ticked) {
        Tick tick = ticked.get(id);
        return tick == null ? new ChecklistItem(id, label, ItemState.OPEN, false, null, null, null)
                : new ChecklistItem(id, label, ItemState.DONE, false, tick.note(), tick.doneBy(), tick.doneAt());
    }

    private static ChecklistItem automatic(String id, String label, boolean done, String note) {
        return new ChecklistItem(id, label, done ? ItemState.DONE : ItemState.OPEN, true, note, null, null);
    }

    private static ChecklistItem notApplicable(String id, String label, String why) {
        return new ChecklistItem(id, label, ItemState.NOT_APPLICABLE, true, why, null, null);
    }
}
