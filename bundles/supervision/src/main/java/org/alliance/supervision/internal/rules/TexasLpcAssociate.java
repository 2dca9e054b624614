package org.alliance.supervision.internal.rules;

import static org.alliance.supervision.internal.rules.Experience.MINUTES_PER_HOUR;
import static org.alliance.supervision.internal.rules.Experience.hours;
import static org.alliance.supervision.internal.rules.Experience.month;
import static org.alliance.supervision.internal.rules.Experience.number;
import static org.alliance.supervision.internal.rules.Experience.wholeHours;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliance.api.supervision.Evaluation;
import org.alliance.api.supervision.LicensureRecord;
import org.alliance.api.supervision.LicensureRuleSet;
import org.alliance.api.supervision.Requirement;
import org.alliance.api.supervision.RuleResult;
import org.alliance.api.supervision.RuleStatus;
import org.osgi.service.component.annotations.Component;

/**
 * Texas LPC Associate, from the Behavioral Health Executive Council (BHEC, Texas State Board of
 * Examiners of Professional Counselors) rules as summarised in the project's DOMAIN.md
 * (Supervision): 3,000 hours with at least 1,500 direct, over at least 18 months, at least 4
 * hours of supervision a month, at most half of it in groups, at most two supervisors at once.
 * This is a summary for tracking progress, not legal advice: the board's current rules decide.
 *
 * <p>What counts as experience: direct and indirect client contact and verified supervision
 * (individual, triadic and group), all in one total; only direct client contact counts toward
 * the 1,500 direct hours. The months run from the start of the supervisee's first relationship
 * to the day of the evaluation.
 *
 * <p>Supervision each month: every calendar month that has ended and was under supervision
 * every day needs 4 hours, else the rule is violated (the month cannot be made up). A month in
 * which supervision began or ended part-way is not held to it. The month in progress is not yet
 * met while under 4 hours.
 *
 * <p>Group supervision is compared with all verified supervision to date; triadic counts as
 * individual. DOMAIN.md names no cap on supervisees per supervisor, so there is none.
 */
@Component(service = LicensureRuleSet.class)
public final class TexasLpcAssociate implements LicensureRuleSet {

    static final String ID = "tx-lpc-associate";

    private static final long REQUIRED_HOURS = 3_000;
    private static final long REQUIRED_DIRECT_HOURS = 1_500;
    private static final long REQUIRED_MONTHS = 18;
    private static final long MONTHLY_SUPERVISION_MINUTES = 4 * MINUTES_PER_HOUR;
    private static final int MAX_SUPERVISORS = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Texas LPC Associate (BHEC)";
    }

    @Override
    public int maxSupervisorsAtOnce() {
        return MAX_SUPERVISORS;
    }

    @Override
    public int maxSuperviseesPerSupervisor() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Evaluation evaluate(LicensureRecord record, LocalDate asOf) {
        Experience experience = new Experience(record, asOf);
        return new Evaluation(
                List.of(new Requirement("total-hours", "Hours of supervised experience", "hours",
                                wholeHours(experience.totalMinutes()), REQUIRED_HOURS),
                        new Requirement("direct-hours", "Direct client-contact hours", "hours",
                                wholeHours(experience.directMinutes()), REQUIRED_DIRECT_HOURS),
                        new Requirement("months", "Months of supervised experience", "months",
                                experience.sinceStart(ChronoUnit.MONTHS), REQUIRED_MONTHS)),
                List.of(totalHours(experience), directHours(experience), months(experience),
                        supervisionEachMonth(experience), groupAtMostHalf(experience), supervisorsAtOnce(experience)));
    }

    private static RuleResult totalHours(Experience experience) {
        long total = experience.totalMinutes();
        String detail = hours(total) + " of " + number(REQUIRED_HOURS) + ": " + hours(experience.directMinutes())
                + " direct, " + hours(experience.indirectMinutes()) + " indirect, "
                + hours(experience.supervisionMinutes()) + " supervision.";
        return new RuleResult("min-3000-hours",
                "At least 3,000 hours of supervised experience: direct and indirect client contact and verified"
                        + " supervision together.",
                total >= REQUIRED_HOURS * MINUTES_PER_HOUR ? RuleStatus.MET : RuleStatus.NOT_YET_MET, detail);
    }

    private static RuleResult directHours(Experience experience) {
        long direct = experience.directMinutes();
        return new RuleResult("min-1500-direct-hours",
                "At least 1,500 of the 3,000 hours are direct contact with clients (in person or by video).",
                direct >= REQUIRED_DIRECT_HOURS * MINUTES_PER_HOUR ? RuleStatus.MET : RuleStatus.NOT_YET_MET,
                hours(direct) + " of direct client contact of the " + number(REQUIRED_DIRECT_HOURS) + " needed.");
    }

    private static RuleResult months(Experience experience) {
        return experience.minimumDuration("min-18-months", "The experience is gained over at least 18 months, counted"
                + " from the start of your first supervision relationship.", REQUIRED_MONTHS, ChronoUnit.MONTHS);
    }

    private static RuleResult supervisionEachMonth(Experience experience) {
        String rule = "min-4-hours-supervision-each-month";
        String description = "At least 4 hours of verified supervision in every calendar month of supervised practice."
                + " A month in which supervision began or ended part-way is not counted.";
        if (!experience.started()) {
            return new RuleResult(rule, description, RuleStatus.NOT_YET_MET, "Supervised experience has not started.");
        }
        List<YearMonth> ended = experience.endedMonthsUnderSupervision();
        List<String> shortMonths = new ArrayList<>();
        for (YearMonth month : ended) {
            long minutes = experience.supervisionMinutesIn(month);
            if (minutes < MONTHLY_SUPERVISION_MINUTES) {
                shortMonths.add(month(month) + ": " + hours(minutes));
            }
        }
        if (!shortMonths.isEmpty()) {
            return new RuleResult(rule, description, RuleStatus.VIOLATED,
                    "Under 4 hours of supervision in " + String.join("; ", shortMonths) + ".");
        }
        String endedText = ended.isEmpty() ? "No whole month of supervision has ended yet"
                : "At least 4 hours in each of the " + ended.size() + " whole month" + (ended.size() == 1 ? "" : "s")
                        + " that have ended";
        YearMonth current = YearMonth.from(experience.asOf());
        if (experience.currentMonthUnderSupervisionSoFar()) {
            long minutes = experience.supervisionMinutesIn(current);
            if (minutes < MONTHLY_SUPERVISION_MINUTES) {
                return new RuleResult(rule, description, RuleStatus.NOT_YET_MET,
                        endedText + "; " + hours(minutes) + " so far in " + month(current) + ", "
                                + hours(MONTHLY_SUPERVISION_MINUTES - minutes) + " more needed by "
                                + current.atEndOfMonth() + ".");
            }
            return new RuleResult(rule, description, RuleStatus.MET,
                    endedText + "; " + hours(minutes) + " so far in " + month(current) + ".");
        }
        return new RuleResult(rule, description, RuleStatus.MET, endedText + ".");
    }

    private static RuleResult groupAtMostHalf(Experience experience) {
        long group = experience.groupSupervisionMinutes();
        long all = experience.supervisionMinutes();
        String detail = hours(group) + " of group supervision out of " + hours(all) + " in all";
        // Exact: group <= all / 2 without dividing an odd number of minutes.
        if (group * 2 > all) {
            return new RuleResult("max-half-group-supervision", groupDescription(), RuleStatus.VIOLATED,
                    detail + ": more than half. More individual or triadic supervision brings it back.");
        }
        return new RuleResult("max-half-group-supervision", groupDescription(), RuleStatus.MET, detail + ".");
    }

    private static String groupDescription() {
        return "No more than half of your supervision is group supervision; individual and triadic supervision count"
                + " as individual.";
    }

    private static RuleResult supervisorsAtOnce(Experience experience) {
        String rule = "max-2-supervisors-at-once";
        String description = "No more than two supervisors at the same time.";
        Optional<Experience.Overlap> over = experience.firstDayWithMoreSupervisorsThan(MAX_SUPERVISORS);
        if (over.isEmpty()) {
            return new RuleResult(rule, description, RuleStatus.MET, "Never more than two supervisors at once.");
        }
        Experience.Overlap overlap = over.get();
        return new RuleResult(rule, description, RuleStatus.VIOLATED,
                overlap.supervisors().size() + " supervisors at once on " + overlap.day() + ": "
                        + String.join(", ", overlap.supervisors()) + ".");
    }
}
