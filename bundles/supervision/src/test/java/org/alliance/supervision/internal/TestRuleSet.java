package org.alliance.supervision.internal;

import java.time.LocalDate;
import java.util.List;
import org.alliance.api.supervision.ClientHours;
import org.alliance.api.supervision.Evaluation;
import org.alliance.api.supervision.LicensureRecord;
import org.alliance.api.supervision.LicensureRuleSet;
import org.alliance.api.supervision.Requirement;
import org.alliance.api.supervision.RuleResult;
import org.alliance.api.supervision.RuleStatus;
import org.alliance.api.supervision.SupervisionSession;

/**
 * A small rule set for the service's tests: two supervisors and two supervisees at most; 10 hours
 * of client contact; supervision counted as given, so tests can see exactly what the service passed in.
 */
final class TestRuleSet implements LicensureRuleSet {

    static final String ID = "test-rules";

    /** The record the service handed over last. */
    volatile LicensureRecord lastRecord;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Test Board";
    }

    @Override
    public int maxSupervisorsAtOnce() {
        return 2;
    }

    @Override
    public int maxSuperviseesPerSupervisor() {
        return 2;
    }

    @Override
    public Evaluation evaluate(LicensureRecord record, LocalDate asOf) {
        lastRecord = record;
        long contact = record.clientHours().stream().mapToLong(ClientHours::minutes).sum();
        long supervision = record.supervision().stream().mapToLong(SupervisionSession::minutes).sum();
        return new Evaluation(List.of(new Requirement("client-hours", "Client contact", "hours", contact / 60, 10),
                new Requirement("supervision-hours", "Supervision", "hours", supervision / 60, 2)),
                List.of(new RuleResult("client-hours", "At least 10 hours of client contact",
                        contact >= 600 ? RuleStatus.MET : RuleStatus.NOT_YET_MET, (contact / 60) + " of 10 hours")));
    }
}
