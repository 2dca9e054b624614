package org.alliance.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.alliance.api.supervision.Evaluation;
import org.alliance.api.supervision.LicensureRecord;
import org.alliance.api.supervision.LicensureRuleSet;
import org.alliance.api.supervision.RuleSetInfo;
import org.junit.jupiter.api.Test;

/** Rule sets come and go; for one id the highest service ranking is in force. */
class RuleSetsTest {

    private record Named(String id, String name) implements LicensureRuleSet {
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
            throw new UnsupportedOperationException();
        }
    }

    private final RuleSets ruleSets = new RuleSets();

    @Test
    void thePracticesOwnRuleSetWithAHigherRankingReplacesTheBuiltInOneUntilItGoes() {
        Named builtIn = new Named("ca-lmft", "California LMFT (BBS)");
        Named practices = new Named("ca-lmft", "California LMFT, our reading");
        ruleSets.add(builtIn, Map.of("service.id", 10L));
        ruleSets.add(new Named("tx-lpc-associate", "Texas LPC Associate"), Map.of("service.id", 11L));
        ruleSets.add(practices, Map.of("service.id", 12L, "service.ranking", 100));

        assertThat(ruleSets.find("ca-lmft")).containsSame(practices);
        assertThat(ruleSets.list()).extracting(RuleSetInfo::name).containsExactly("California LMFT, our reading",
                "Texas LPC Associate");

        ruleSets.remove(practices);

        assertThat(ruleSets.find("ca-lmft")).containsSame(builtIn);
        assertThat(ruleSets.name("ny-lmhc")).isEqualTo("ny-lmhc");
        assertThat(ruleSets.find(null)).isEmpty();
    }

    @Test
    void withEqualRankingTheEarlierRegisteredOneStays() {
        Named first = new Named("ca-lmft", "First");
        ruleSets.add(new Named("ca-lmft", "Second"), Map.of("service.id", 20L));
        ruleSets.add(first, Map.of("service.id", 5L));

        assertThat(ruleSets.find("ca-lmft")).containsSame(first);
    }
}
