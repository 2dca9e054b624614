package org.alliance.supervision.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.alliance.api.core.User;
import org.alliance.api.supervision.LicensureRuleSet;
import org.alliance.supervision.internal.store.RelationshipRow;

/**
 * The conflicts that refuse a new supervision relationship (APA 3.05, 7.05(b); ACA F.1, F.6.c),
 * all found at once so that whoever records it sees every reason in one answer. Pure: the
 * service looks up the facts and passes them in.
 */
final class RelationshipRules {

    /**
     * What the rules look at.
     *
     * @param actorIsParty               whether the person recording is the supervisor or supervisee (then the
     *                                   reason may say who treats whom; anyone else learns only that there is a
     *                                   treatment relationship, since a clinician-client's therapy is sealed)
     * @param supervisorTreatsSupervisee the supervisor is or was the supervisee's therapist
     * @param superviseeTreatsSupervisor the supervisee is or was the supervisor's therapist
     * @param ofSupervisee               every stored relationship of the supervisee
     * @param ofSupervisor               every stored relationship of the supervisor
     */
    record Facts(User supervisor, User supervisee, LocalDate start, LocalDate end, boolean consentRecorded,
            LicensureRuleSet ruleSet, boolean actorIsParty, boolean supervisorTreatsSupervisee,
            boolean superviseeTreatsSupervisor, List<RelationshipRow> ofSupervisee, List<RelationshipRow> ofSupervisor) {
    }

    private RelationshipRules() {
    }

    static List<Violation> violations(Facts f) {
        List<Violation> found = new ArrayList<>();
        String supervisor = f.supervisor().displayName();
        String supervisee = f.supervisee().displayName();
        if (f.supervisorTreatsSupervisee() || f.superviseeTreatsSupervisor()) {
            if (!f.actorIsParty()) {
                found.add(new Violation("treatment-relationship", supervisor + " and " + supervisee + " are in a treatment "
                        + "relationship (one is or was the other's therapist): a conflict of interest that rules out "
                        + "supervision (APA 3.05, 7.05(b))."));
            } else {
                if (f.supervisorTreatsSupervisee()) {
                    found.add(new Violation("supervisor-treats-supervisee", supervisor + " is or was " + supervisee
                            + "'s therapist: a supervisor may not supervise their own client (APA 3.05, 7.05(b))."));
                }
                if (f.superviseeTreatsSupervisor()) {
                    found.add(new Violation("supervisee-treats-supervisor", supervisee + " is or was " + supervisor
                            + "'s therapist: nobody may be supervised by their own client (APA 3.05)."));
                }
            }
        }
        if (!f.consentRecorded()) {
            found.add(new Violation("consent-missing", supervisee + "'s consent to this supervision is not recorded; "
                    + "record it first (consentRecorded: true)."));
        }
        UUID supervisorId = f.supervisor().id();
        UUID superviseeId = f.supervisee().id();
        f.ofSupervisee().stream().filter(r -> r.supervisorId().equals(supervisorId) && r.overlaps(f.start(), f.end()))
                .findFirst().ifPresent(same -> found.add(new Violation("already-supervised", supervisor
                        + " already supervises " + supervisee + " from " + same.start()
                        + (same.end() == null ? "" : " to " + same.end()) + "; end that relationship first.")));
        int supervisors = 1 + mostAtOnce(f.ofSupervisee().stream().filter(r -> !r.supervisorId().equals(supervisorId))
                .toList(), f.start(), f.end(), RelationshipRow::supervisorId);
        if (supervisors > f.ruleSet().maxSupervisorsAtOnce()) {
            found.add(new Violation("too-many-supervisors", supervisee + " would have " + supervisors
                    + " supervisors at once; " + f.ruleSet().name() + " allows at most "
                    + f.ruleSet().maxSupervisorsAtOnce() + "."));
        }
        int supervisees = 1 + mostAtOnce(f.ofSupervisor().stream().filter(r -> !r.superviseeId().equals(superviseeId))
                .toList(), f.start(), f.end(), RelationshipRow::superviseeId);
        if (supervisees > f.ruleSet().maxSuperviseesPerSupervisor()) {
            found.add(new Violation("too-many-supervisees", supervisor + " would supervise " + supervisees
                    + " supervisees at once; " + f.ruleSet().name() + " allows at most "
                    + f.ruleSet().maxSuperviseesPerSupervisor() + "."));
        }
        return found;
    }

    /**
     * The most distinct people ({@code who}) in force on any one day from {@code from} to {@code to}
     * ({@code null}: open-ended). The count only grows on a day someone starts, so those days (and
     * {@code from}) are the only ones to look at; two relationships one after the other count once.
     */
    static int mostAtOnce(List<RelationshipRow> relationships, LocalDate from, LocalDate to,
            Function<RelationshipRow, UUID> who) {
        Set<LocalDate> days = new TreeSet<>();
        days.add(from);
        for (RelationshipRow r : relationships) {
            if (r.start().isAfter(from) && (to == null || !r.start().isAfter(to))) {
                days.add(r.start());
            }
        }
        int most = 0;
        for (LocalDate day : days) {
            Set<UUID> inForce = new HashSet<>();
            relationships.stream().filter(r -> r.activeOn(day)).forEach(r -> inForce.add(who.apply(r)));
            most = Math.max(most, inForce.size());
        }
        return most;
    }
}
