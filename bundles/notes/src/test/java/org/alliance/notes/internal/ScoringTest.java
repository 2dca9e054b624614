package org.alliance.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.alliance.api.core.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static List<Integer> phq9(int total) {
        Integer[] answers = new Integer[9];
        java.util.Arrays.fill(answers, 0);
        for (int i = 0; i < 8 && total > 0; i++) {
            answers[i] = Math.min(3, total);
            total -= answers[i];
        }
        return List.of(answers);
    }

    @ParameterizedTest
    @CsvSource({"0,Minimal", "4,Minimal", "5,Mild", "9,Mild", "10,Moderate", "14,Moderate", "15,Moderately severe",
            "19,Moderately severe", "20,Severe", "24,Severe"})
    void phq9BandsFollowThePublishedCutOffs(int total, String band) {
        Scoring.Score score = Scoring.score(BuiltInMeasures.PHQ_9, phq9(total));
        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
        assertThat(score.max()).isEqualTo(27);
        assertThat(score.alerts()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0,Minimal", "4,Minimal", "5,Mild", "9,Mild", "10,Moderate", "14,Moderate", "15,Severe", "21,Severe"})
    void gad7BandsFollowThePublishedCutOffs(int total, String band) {
        Integer[] answers = new Integer[7];
        java.util.Arrays.fill(answers, 0);
        int left = total;
        for (int i = 0; i < 7 && left > 0; i++) {
            answers[i] = Math.min(3, left);
            left -= answers[i];
        }
        assertThat(Scoring.score(BuiltInMeasures.GAD_7, List.of(answers)).band()).isEqualTo(band);
    }

    @Test
    void anyAnswerAboveNotAtAllOnPhq9Item9RaisesTheRiskAlertWhateverTheTotal() {
        List<Integer> answers = new java.util.ArrayList<>(Collections.nCopies(9, 0));
        answers.set(8, 1);
        Scoring.Score score = Scoring.score(BuiltInMeasures.PHQ_9, answers);
        assertThat(score.band()).isEqualTo("Minimal");
        assertThat(score.alerts()).singleElement().asString().contains("assess suicide risk");
    }

    @Test
    void aWrongNumberOfAnswersOrAnAnswerOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Scoring.score(BuiltInMeasures.GAD_7, List.of(1, 2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("7 items");
        assertThatThrownBy(() -> Scoring.score(BuiltInMeasures.GAD_7, List.of(1, 2, 3, 4, 0, 0, 0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("item 4");
        assertThatThrownBy(() -> Scoring.score(BuiltInMeasures.GAD_7, null)).isInstanceOf(InvalidInputException.class);
    }
}
