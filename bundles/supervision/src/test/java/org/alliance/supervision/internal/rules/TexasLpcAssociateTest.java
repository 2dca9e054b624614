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

class TexasLpcAssociateTest {

    private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate MAR_1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate APR_1 = LocalDate.of(2026, 4, 1);
    private static final LocalDate LATER = LocalDate.of(2027, 6, 1);

    private static final String MONTHLY = "min-4-hours-supervision-each-month";
    private static final String GROUP = "max-half-group-supervision";
    private static final String SUPERVISORS = "max-2-supervisors-at-once";

    private final TexasLpcAssociate rules = new TexasLpcAssociate();

    @Test
    void isNamedAndAllowsTwoSupervisorsAtOnce() {
        assertThat(rules.id()).isEqualTo("tx-lpc-associate");
        assertThat(rules.name()).isEqualTo("Texas LPC Associate (BHEC)");
        assertThat(rules.maxSupervisorsAtOnce()).isEqualTo(2);
        assertThat(rules.maxSuperviseesPerSupervisor()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anEmptyRecordHasEverythingStillToDoAndNothingBroken() {
        Evaluation evaluation = rules.evaluate(empty().build(), LATER);

        assertThat(evaluation.requirements()).containsExactly(
                new Requirement("total-hours", "Hours of supervised experience", "hours", 0, 3_000),
                new Requirement("direct-hours", "Direct client-contact hours", "hours", 0, 1_500),
                new Requirement("months", "Months of supervised experience", "months", 0, 18));
        assertThat(evaluation.rules()).extracting(RuleResult::rule, RuleResult::status).containsExactly(
                tuple("min-3000-hours", RuleStatus.NOT_YET_MET),
                tuple("min-1500-direct-hours", RuleStatus.NOT_YET_MET),
                tuple("min-18-months", RuleStatus.NOT_YET_MET),
                tuple(MONTHLY, RuleStatus.NOT_YET_MET),
                tuple(GROUP, RuleStatus.MET),
                tuple(SUPERVISORS, RuleStatus.MET));
        assertThat(rule(evaluation, MONTHLY).detail()).isEqualTo("Supervised experience has not started.");
        assertThat(rule(evaluation, GROUP).detail()).isEqualTo("0 hours of group supervision out of 0 hours in all.");
        assertThat(evaluation.rules()).allSatisfy(r -> assertThat(r.description()).isNotBlank());
    }

    // --- Hours ---

    @Test
    void directHoursNeed1500AndRoundDown() {
        TestRecord record = supervisedFrom(JAN_1).direct(JAN_1, hours(1_499, 59));

        Evaluation oneMinuteShort = rules.evaluate(record.build(), LATER);
        assertThat(requirement(oneMinuteShort, "direct-hours").achieved()).isEqualTo(1_499);
        assertThat(rule(oneMinuteShort, "min-1500-direct-hours").status()).isEqualTo(RuleStatus.NOT_YET_MET);
        assertThat(rule(oneMinuteShort, "min-1500-direct-hours").detail())
                .isEqualTo("1,499 hours 59 minutes of direct client contact of the 1,500 needed.");

        Evaluation met = rules.evaluate(record.direct(FEB_1, 1).build(), LATER);
        assertThat(requirement(met, "direct-hours").achieved()).isEqualTo(1_500);
        assertThat(rule(met, "min-1500-direct-hours").status()).isEqualTo(RuleStatus.MET);
    }

    @Test
    void indirectAndSupervisionCountTowardTheTotalButNotTowardDirect() {
        Evaluation evaluation = rules.evaluate(supervisedFrom(JAN_1).direct(JAN_1, hours(1_000))
                .indirect(JAN_1, hours(1_900)).individual(FEB_1, hours(60)).group(FEB_1, hours(40)).build(), LATER);

        assertThat(requirement(evaluation, "total-hours").achieved()).isEqualTo(3_000);
        assertThat(rule(evaluation, "min-3000-hours").status()).isEqualTo(RuleStatus.MET);
        assertThat(rule(evaluation, "min-3000-hours").detail())
                .isEqualTo("3,000 hours of 3,000: 1,000 hours direct, 1,900 hours indirect, 100 hours supervision.");
        assertThat(requirement(evaluation, "direct-hours").achieved()).isEqualTo(1_000);
        assertThat(rule(evaluation, "min-1500-direct-hours").status()).isEqualTo(RuleStatus.NOT_YET_MET);
    }

    @Test
    void totalIsOneMinuteShortOf3000() {
        Evaluation evaluation = rules.evaluate(supervisedFrom(JAN_1).direct(JAN_1, hours(2_000))
                .indirect(JAN_1, hours(999, 59)).build(), LATER);

        assertThat(requirement(evaluation, "total-hours").achieved()).isEqualTo(2_999);
        assertThat(rule(evaluation, "min-3000-hours").status()).isEqualTo(RuleStatus.NOT_YET_MET);
    }

    // --- Months ---

    @Test
    void monthsRunFromTheFirstRelationshipAndNeed18() {
        TestRecord record = supervisedFrom(LocalDate.of(2024, 1, 15));

        Evaluation oneDayShort = rules.evaluate(record.build(), LocalDate.of(2025, 7, 14));
        assertThat(requirement(oneDayShort, "months").achieved()).isEqualTo(17);
        assertThat(rule(oneDayShort, "min-18-months").status()).isEqualTo(RuleStatus.NOT_YET_MET);
        assertThat(rule(oneDayShort, "min-18-months").detail()).isEqualTo(
                "17 months since supervised experience began on 2024-01-15; 18 months are reached on 2025-07-15.");

        Evaluation reached = rules.evaluate(record.build(), LocalDate.of(2025, 7, 15));
        assertThat(requirement(reached, "months").achieved()).isEqualTo(18);
        assertThat(rule(reached, "min-18-months").status()).isEqualTo(RuleStatus.MET);
    }

    // --- Supervision each month ---

    @Test
    void aPastMonthWithUnderFourHoursIsViolatedAndNamed() {
        Evaluation evaluation = rules.evaluate(supervisedFrom(JAN_1)
                .individual(JAN_1.plusDays(3), hours(2)).group(JAN_1.plusDays(17), hours(2))
                .individual(FEB_1.plusDays(5), hours(3, 59)).unverified(FEB_1.plusDays(20), hours(1))
                .individual(MAR_1.plusDays(5), hours(4))
                .individual(APR_1.plusDays(2), hours(4))
                .build(), APR_1.plusDays(9));

        RuleResult result = rule(evaluation, MONTHLY);
        assertThat(result.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(result.detail()).isEqualTo("Under 4 hours of supervision in February 2026: 3 hours 59 minutes.");
    }

    @Test
    void everyShortMonthIsNamed() {
        Evaluation evaluation = rules.evaluate(supervisedFrom(JAN_1).individual(FEB_1, hours(4)).build(), APR_1);

        assertThat(rule(evaluation, MONTHLY).detail())
                .isEqualTo("Under 4 hours of supervision in January 2026: 0 hours; March 2026: 0 hours.");
    }

    @Test
    void theMonthInProgressIsNotYetMetUntilItEnds() {
        TestRecord record = supervisedFrom(JAN_1).individual(JAN_1.plusDays(9), hours(3));

        RuleResult onItsLastDay = rule(rules.evaluate(record.build(), LocalDate.of(2026, 1, 31)), MONTHLY);
        assertThat(onItsLastDay.status()).isEqualTo(RuleStatus.NOT_YET_MET);
        assertThat(onItsLastDay.detail()).isEqualTo("No whole month of supervision has ended yet; 3 hours so far in"
                + " January 2026, 1 hour more needed by 2026-01-31.");

        RuleResult theDayAfter = rule(rules.evaluate(record.build(), FEB_1), MONTHLY);
        assertThat(theDayAfter.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(theDayAfter.detail()).contains("January 2026: 3 hours");
    }

    @Test
    void exactlyFourHoursEachMonthIsMet() {
        Evaluation evaluation = rules.evaluate(supervisedFrom(JAN_1).individual(JAN_1, hours(1)).triadic(JAN_1, hours(3))
                .group(FEB_1, hours(2)).individual(FEB_1, hours(2)).individual(MAR_1, hours(4)).build(), MAR_1.plusDays(3));

        RuleResult result = rule(evaluation, MONTHLY);
        assertThat(result.status()).isEqualTo(RuleStatus.MET);
        assertThat(result.detail())
                .isEqualTo("At least 4 hours in each of the 2 whole months that have ended; 4 hours so far in March 2026.");
    }

    @Test
    void aMonthInWhichSupervisionBeganPartWayIsNotHeldToFourHours() {
        RuleResult result = rule(rules.evaluate(supervisedFrom(LocalDate.of(2026, 1, 15))
                .individual(FEB_1, hours(4)).build(), FEB_1.plusDays(9)), MONTHLY);

        assertThat(result.status()).isEqualTo(RuleStatus.MET);
        assertThat(result.detail()).isEqualTo("No whole month of supervision has ended yet; 4 hours so far in February 2026.");
    }

    @Test
    void aMonthWithoutASupervisorIsNotHeldToFourHours() {
        TestRecord record = TestRecord.empty()
                .supervisor("Dr. Avery", JAN_1, LocalDate.of(2026, 1, 31))
                .supervisor("Dr. Blake", MAR_1, null)
                .individual(JAN_1, hours(4)).individual(MAR_1, hours(4)).individual(APR_1, hours(4));

        RuleResult result = rule(rules.evaluate(record.build(), APR_1.plusDays(1)), MONTHLY);

        assertThat(result.status()).isEqualTo(RuleStatus.MET);
        assertThat(result.detail()).startsWith("At least 4 hours in each of the 2 whole months that have ended;");
    }

    // --- Group at most half ---

    @Test
    void groupSupervisionOfExactlyHalfIsAllowed() {
        RuleResult result = rule(rules.evaluate(supervisedFrom(JAN_1).group(JAN_1, hours(2)).individual(FEB_1, hours(2))
                .build(), LATER), GROUP);

        assertThat(result.status()).isEqualTo(RuleStatus.MET);
        assertThat(result.detail()).isEqualTo("2 hours of group supervision out of 4 hours in all.");
    }

    @Test
    void groupSupervisionOverHalfIsViolated() {
        RuleResult result = rule(rules.evaluate(supervisedFrom(JAN_1).group(JAN_1, hours(2, 1)).individual(FEB_1, hours(2))
                .build(), LATER), GROUP);

        assertThat(result.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(result.detail()).startsWith("2 hours 1 minute of group supervision out of 4 hours 1 minute in all: more than half.");
    }

    @Test
    void triadicSupervisionCountsAsIndividual() {
        TestRecord record = supervisedFrom(JAN_1).group(JAN_1, hours(2)).triadic(FEB_1, hours(1, 59));
        assertThat(rule(rules.evaluate(record.build(), LATER), GROUP).status()).isEqualTo(RuleStatus.VIOLATED);

        record.triadic(MAR_1, 1);
        assertThat(rule(rules.evaluate(record.build(), LATER), GROUP).status()).isEqualTo(RuleStatus.MET);
    }

    @Test
    void anUnverifiedSessionCountsNowhere() {
        Evaluation evaluation = rules.evaluate(supervisedFrom(JAN_1).group(JAN_1, hours(2)).unverified(JAN_1, hours(3))
                .build(), LATER);

        assertThat(rule(evaluation, GROUP).status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(requirement(evaluation, "total-hours").achieved()).isEqualTo(2);
    }

    // --- Supervisors at once ---

    @Test
    void twoSupervisorsAtOnceAreAllowed() {
        TestRecord record = supervisedFrom(JAN_1).supervisor("Dr. Blake", FEB_1, null);

        RuleResult result = rule(rules.evaluate(record.build(), LATER), SUPERVISORS);

        assertThat(result.status()).isEqualTo(RuleStatus.MET);
        assertThat(result.detail()).isEqualTo("Never more than two supervisors at once.");
    }

    @Test
    void threeSupervisorsAtOnceAreViolatedNamingTheDayAndThem() {
        TestRecord record = supervisedFrom(JAN_1).supervisor("Dr. Blake", FEB_1, null).supervisor("Dr. Chen", MAR_1, null);

        RuleResult result = rule(rules.evaluate(record.build(), LATER), SUPERVISORS);

        assertThat(result.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(result.detail()).isEqualTo("3 supervisors at once on 2026-03-01: Dr. Avery, Dr. Blake, Dr. Chen.");
    }

    @Test
    void aRelationshipsLastDayStillCountsButTheDayAfterDoesNot() {
        LocalDate lastDay = MAR_1.minusDays(1);
        TestRecord handOver = TestRecord.empty().supervisor("Dr. Avery", JAN_1, lastDay)
                .supervisor("Dr. Blake", JAN_1, null).supervisor("Dr. Chen", MAR_1, null);
        assertThat(rule(rules.evaluate(handOver.build(), LATER), SUPERVISORS).status()).isEqualTo(RuleStatus.MET);

        TestRecord overlapOneDay = TestRecord.empty().supervisor("Dr. Avery", JAN_1, MAR_1)
                .supervisor("Dr. Blake", JAN_1, null).supervisor("Dr. Chen", MAR_1, null);
        RuleResult result = rule(rules.evaluate(overlapOneDay.build(), LATER), SUPERVISORS);
        assertThat(result.status()).isEqualTo(RuleStatus.VIOLATED);
        assertThat(result.detail()).startsWith("3 supervisors at once on 2026-03-01");
    }

    @Test
    void twoRelationshipsWithTheSameSupervisorAreOneSupervisor() {
        TestRecord record = supervisedFrom(JAN_1).supervisor("Dr. Blake", JAN_1, null).supervisor("Dr. Avery", FEB_1, null);

        assertThat(rule(rules.evaluate(record.build(), LATER), SUPERVISORS).status()).isEqualTo(RuleStatus.MET);
    }

    @Test
    void aRelationshipThatHasNotStartedIsNotCountedYet() {
        TestRecord record = supervisedFrom(JAN_1).supervisor("Dr. Blake", JAN_1, null).supervisor("Dr. Chen", APR_1, null);

        assertThat(rule(rules.evaluate(record.build(), MAR_1), SUPERVISORS).status()).isEqualTo(RuleStatus.MET);
        assertThat(rule(rules.evaluate(record.build(), APR_1), SUPERVISORS).status()).isEqualTo(RuleStatus.VIOLATED);
    }
}
