package org.alliance.supervision.internal.rules;

import static org.alliance.supervision.internal.rules.TestRecord.empty;
import static org.alliance.supervision.internal.rules.TestRecord.hours;
import static org.alliance.supervision.internal.rules.TestRecord.requirement;
import static org.alliance.supervision.internal.rules.TestRecord.rule;
import static org.alliance.supervision.internal.rules.TestRecord.supervisedFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.alliance.api.supervision.Evaluation;
import org.alliance.api.supervision.Requirement;
import org.alliance.api.supervision.RuleResult;
import org.alliance.api.supervision.RuleStatus;
import org.junit.jupiter.api.Test;

class CaliforniaLmftTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate LATER = LocalDate.of(2026, 6, 1);

    private final CaliforniaLmft rules = new CaliforniaLmft();

    @Test
    void isNamedAndLimitsNoSupervisorsOrSupervisees() {
        assertThat(rules.id()).isEqualTo("ca-lmft");
        assertThat(rules.name()).isEqualTo("California LMFT (BBS)");
        assertThat(rules.maxSupervisorsAtOnce()).isEqualTo(Integer.MAX_VALUE);
        assertThat(rules.maxSuperviseesPerSupervisor()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anEmptyRecordHasEverythingStillToDoAndNothingBroken() {
        Evaluation evaluation = rules.evaluate(empty().build(), LATER);

        assertThat(evaluation.requirements()).containsExactly(
                new Requirement("total-hours", "Hours of supervised experience", "hours", 0, 3_000),
                new Requirement("weeks", "Weeks of supervised experience", "weeks", 0, 104));
        assertThat(evaluation.rules()).extracting(RuleResult::rule, RuleResult::status).containsExactly(
                tuple("min-3000-hours", RuleStatus.NOT_YET_MET),
                tuple("min-104-weeks", RuleStatus.NOT_YET_MET),
                tuple("max-40-hours-in-7-days", RuleStatus.MET));
        assertThat(rule(evaluation, "min-104-weeks").detail()).isEqualTo("Supervised experience has not started.");
        assertThat(rule(evaluation, "min-3000-hours").detail())
                .isEqualTo("0 hours of 3,000: 0 hours direct, 0 hours indirect, 0 hours supervision.");
        assertThat(evaluation.rules()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    }

    @Test
    void directIndirectAndVerifiedSupervisionOfEveryFormatAddUpToTheTotalExactly() {
        TestRecord record = supervisedFrom(START)
                .direct(START.plusDays(1), hours(1_800))
                .indirect(START.plusDays(2), hours(1_100))
                .individual(START.plusDays(3), hours(60))
                .group(START.plusDays(4), hours(39, 59));

        Evaluation oneMinuteShort = rules.evaluate(record.build(), LATER);
        assertThat(requirement(oneMinuteShort, "total-hours").achieved()).isEqualTo(2_999);
        assertThat(rule(oneMinuteShort, "min-3000-hours").status()).isEqualTo(RuleStatus.NOT_YET_MET);
        assertThat(rule(oneMinuteShort, "min-3000-hours").detail()).isEqualTo("2,999 hours 59 minutes of 3,000:"
                + " 1,800 hours direct, 1,100 hours indirect, 99 hours 59 minutes supervision.");

        Evaluation met = rules.evaluate(record.triadic(START.plusDays(5), 1).build(), LATER);
        assertThat(requirement(met, "total-hours").achieved()).isEqualTo(3_000);
        assertThat(requirement(met, "total-hours").met()).isTrue();
        assertThat(rule(met, "min-3000-hours").status()).isEqualTo(RuleStatus.MET);
    }

    @Test
    void minutesAreSummedBeforeRoundingDown() {
        // Three 20-minute entries are one hour, not three times nothing.
        Evaluation evaluation = rules.evaluate(supervisedFrom(START).direct(START, 20).direct(START, 20)
                .indirect(START.plusDays(1), 20).build(), LATER);

        assertThat(requirement(evaluation, "total-hours").achieved()).isEqualTo(1);
    }

    @Test
    void anUnverifiedSessionCountsNowhere() {
        Evaluation evaluation = rules.evaluate(supervisedFrom(START).unverified(START, hours(41)).build(), LATER);

        assertThat(requirement(evaluation, "total-hours").achieved()).isZero();
        assertThat(rule(evaluation, "min-3000-hours").detail()).contains("0 hours supervision");
        assertThat(rule(evaluation, "max-40-hours-in-7-days").status()).isEqualTo(RuleStatus.MET);
    }

    @Test
    void entriesAfterTheDayOfTheEvaluationDoNotCountYet() {
        Evaluation evaluation = rules.evaluate(supervisedFrom(START).direct(START, hours(2))
                .direct(START.plusDays(10), hours(5)).individual(START.plusDays(10), hours(1)).build(), START.plusDays(9));

        assertThat(requirement(evaluation, "total-hours").achieved()).isEqualTo(2);
    }

    @Test
    void weeksRunFromTheFirstRelationshipAndNeed104() {
        TestRecord record = supervisedFrom(START).supervisor("Dr. Blake", START.plusMonths(6), null);

        Evaluation oneDayShort = rules.evaluate(record.build(), START.plusWeeks(104).minusDays(1));
        assertThat(requirement(oneDayShort, "weeks").achieved()).isEqualTo(103);
        assertThat(rule(oneDayShort, "min-104-weeks").status()).isEqualTo(RuleStatus.NOT_YET_MET);
        assertThat(rule(oneDayShort, "min-104-weeks").detail()).isEqualTo(
                "103 weeks since supervised experience began on 2024-01-01; 104 weeks are reached on 2025-12-29.");

        Evaluation reached = rules.evaluate(record.build(), LocalDate.of(2025, 12, 29));
        assertThat(requirement(reached, "weeks").achieved()).isEqualTo(104);
        assertThat(requirement(reached, "weeks").met()).isTrue();
        assertThat(rule(reached, "min-104-weeks").status()).isEqualTo(RuleStatus.MET);
    }

    @Test
    void beforeTheFirstDayNoWeeksHavePassed() {
        Evaluation evaluation = rules.evaluate(supervisedFrom(START).build(), START.minusDays(20));

        assertThat(requirement(evaluation, "weeks").achieved()).isZero();
        assertThat(rule(evaluation, "min-104-weeks").detail()).isEqualTo("Supervised experience begins on 2024-01-01.");
    }

    @Test
    void exactlyFortyHoursInSevenDaysIsAllowed() {
        TestRecord record = supervisedFrom(START).direct(MARCH_2, hours(10));
        for (int day = 1; day <= 6; day++) {
            record.direct(MARCH_2.plusDays(day), hours(5));
        }
        // The eighth day is outside the first window; the window from day two then holds 30 h 1 min.
        record.indirect(MARCH_2.plusDays(7), 1);

        RuleResult result = rule(rules.evaluate(record.build(), LATER), "max-40-hours-in-7-days");

        assertThat(result.status()).isEqualTo(RuleStatus.MET);
        assertThat(result.detail()).isEqualTo("No 7 consecutive days with more than 40 hours.");
    }

    @Test
    void fortyHoursAndOneMinuteInSevenDaysIsViolatedNamingTheWindow() {
        TestRecord record = supervisedFrom(START).direct(MARCH_2, hours(10));
        for (int day = 1; day <= 5; day++) {
            record.direct(MARCH_2.plusDays(day), hours(5));
        }
        record.indirect(MARCH_2.plusDays(6), hours(5, 1));

        RuleResult result = rule(rules.evaluate(record.build(), LATER), "max-40-hours-in-7-days");

        assertThat(result.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(result.detail()).startsWith("40 hours 1 minute in the 7 days from 2026-03-02 to 2026-03-08;");
    }

    @Test
    void supervisionIsExperienceInTheSevenDayLimit() {
        RuleResult result = rule(rules.evaluate(supervisedFrom(START).direct(MARCH_2, hours(39))
                .individual(MARCH_2.plusDays(6), hours(1, 1)).build(), LATER), "max-40-hours-in-7-days");

        assertThat(result.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(result.detail()).startsWith("40 hours 1 minute in the 7 days from 2026-03-02");
    }

    @Test
    void theFirstOverloadedWindowIsNamedFromALoggedDay() {
        RuleResult result = rule(rules.evaluate(supervisedFrom(START)
                .direct(LocalDate.of(2026, 2, 2), hours(35))
                .direct(LocalDate.of(2026, 3, 4), hours(20))
                .direct(LocalDate.of(2026, 3, 10), hours(20, 30))
                .direct(LocalDate.of(2026, 4, 6), hours(50))
                .build(), LATER), "max-40-hours-in-7-days");

        assertThat(result.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(result.detail()).startsWith("40 hours 30 minutes in the 7 days from 2026-03-04 to 2026-03-10;");
    }
}
