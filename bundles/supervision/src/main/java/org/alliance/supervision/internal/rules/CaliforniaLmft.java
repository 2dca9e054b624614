package org.alliance.supervision.internal.rules;

import static org.alliance.supervision.internal.rules.Experience.MINUTES_PER_HOUR;
import static org.alliance.supervision.internal.rules.Experience.hours;
import static org.alliance.supervision.internal.rules.Experience.number;
import static org.alliance.supervision.internal.rules.Experience.wholeHours;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * California LMFT, from the Board of Behavioral Sciences (BBS) rules as summarised in the
 * project's DOMAIN.md (Supervision): 3,000 hours of supervised experience over at least 104
 * weeks, at most 40 hours in any 7 consecutive days. This is a summary for tracking progress,
 * not legal advice: the board's current regulations decide, and they have more categories and
 * limits than are checked here.
 *
 * <p>What counts as experience: direct and indirect client contact and verified supervision
 * (individual, triadic and group), all in one total, as the BBS counts supervision toward the
 * 3,000 hours. The weeks run from the start of the supervisee's first relationship to the day
 * of the evaluation.
 *
 * <p>Hours over 40 in a 7-day window do not count with the board; they are reported as a
 * violation for the supervisee and supervisor to see, but not deducted from the total here,
 * because which hours are "the excess" is theirs to settle with the board.
 *
 * <p>DOMAIN.md names no limit on supervisors at once or supervisees per supervisor for
 * California, so neither is limited.
 */
@Component(service = LicensureRuleSet.class)
public final class CaliforniaLmft implements LicensureRuleSet {

    static final String ID = "ca-lmft";

    private static final long REQUIRED_HOURS = 3_000;
    private static final long REQUIRED_WEEKS = 104;
    private static final long MAX_HOURS_IN_WINDOW = 40;
    private static final int WINDOW_DAYS = 7;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "California LMFT (BBS)";
    }

    @Override
    public int maxSupervisorsAtOnce() {
        return Integer.MAX_VALUE;
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
                        new Requirement("weeks", "Weeks of supervised experience", "weeks", experience.sinceStart(ChronoUnit.WEEKS),
                                REQUIRED_WEEKS)),
                List.of(totalHours(experience), weeks(experience), hoursInSevenDays(experience)));
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

    private static RuleResult weeks(Experience experience) {
        return experience.minimumDuration("min-104-weeks", "The experience is gained over at least 104 weeks (two years),"
                + " counted from the start of your first supervision relationship.", REQUIRED_WEEKS, ChronoUnit.WEEKS);
    }

    private static RuleResult hoursInSevenDays(Experience experience) {
        String rule = "max-40-hours-in-7-days";
        String description = "No more than 40 hours of experience (client contact and supervision) count in any 7"
                + " consecutive days; hours beyond that do not count with the board.";
        Optional<Experience.Window> over = experience.firstWindowOver(MAX_HOURS_IN_WINDOW * MINUTES_PER_HOUR, WINDOW_DAYS);
        if (over.isEmpty()) {
            return new RuleResult(rule, description, RuleStatus.MET, "No 7 consecutive days with more than 40 hours.");
        }
        Experience.Window window = over.get();
        return new RuleResult(rule, description, RuleStatus.VIOLATED,
                hours(window.minutes()) + " in the 7 days from " + window.start() + " to " + window.end()
                        + "; at most 40 of them count (the first such 7 days in the log).");
    }
}
