package org.alliance.termination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.alliance.api.termination.TerminationReason;
import org.junit.jupiter.api.Test;

class NoticeRulesTest {

    private static final TerminationSettings.Policy POLICY = new TerminationSettings.Policy(14, 2, 30);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void fourteenDaysAndTwoClosureSessionsAreEnough() {
        assertThat(NoticeRules.shortfalls(POLICY, TODAY, TODAY.plusDays(14), 2)).isEmpty();
    }

    @Test
    void eachShortfallIsNamedWithWhatWouldBeEnough() {
        List<String> missing = NoticeRules.shortfalls(POLICY, TODAY, TODAY.plusDays(13), 1);

        assertThat(missing).hasSize(2);
        assertThat(missing.get(0)).contains("13 days away", "at least 14", "2026-12-07");
        assertThat(missing.get(1)).contains("1 closure session is planned", "at least 2");
    }

    @Test
    void onlyTheDocumentedExceptionsMayEndWithShortNoticeAndThenNeedApproval() {
        List<String> missing = NoticeRules.shortfalls(POLICY, TODAY, TODAY, 0);

        assertThat(NoticeRules.needsApproval(TerminationReason.CLIENT_REQUEST, missing)).isTrue();
        assertThat(NoticeRules.needsApproval(TerminationReason.THREAT_TO_THERAPIST, missing)).isTrue();
        assertThat(NoticeRules.needsApproval(TerminationReason.PREVENTED_BY_CLIENT_OR_PAYER, missing)).isTrue();
        assertThat(NoticeRules.needsApproval(TerminationReason.GOALS_MET, missing)).isFalse();
        assertThat(NoticeRules.needsApproval(TerminationReason.CLIENT_REQUEST, List.of())).isFalse();
        assertThat(java.util.Arrays.stream(TerminationReason.values()).filter(TerminationReason::isNoticeException))
                .containsExactlyInAnyOrder(TerminationReason.CLIENT_REQUEST, TerminationReason.THREAT_TO_THERAPIST,
                        TerminationReason.PREVENTED_BY_CLIENT_OR_PAYER);
    }
}
