package org.alliance.notify.internal.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    @Test
    void theFirstRetriesComeQuicklyThenEveryTwoHours() {
        assertThat(RetryPolicy.pauseAfter(1)).contains(Duration.ofMinutes(1));
        assertThat(RetryPolicy.pauseAfter(2)).contains(Duration.ofMinutes(5));
        assertThat(RetryPolicy.pauseAfter(3)).contains(Duration.ofMinutes(30));
        assertThat(RetryPolicy.pauseAfter(4)).contains(Duration.ofHours(2));
        assertThat(RetryPolicy.pauseAfter(14)).contains(Duration.ofHours(2));
    }

    @Test
    void noAttemptFallsMoreThan24HoursAfterTheFirst() {
        Duration sinceFirst = Duration.ZERO;
        int attempts = 1;
        for (Optional<Duration> pause = RetryPolicy.pauseAfter(attempts); pause.isPresent();
                pause = RetryPolicy.pauseAfter(attempts)) {
            sinceFirst = sinceFirst.plus(pause.get());
            attempts++;
        }
        assertThat(attempts).isEqualTo(15);
        assertThat(sinceFirst).isLessThanOrEqualTo(RetryPolicy.WINDOW)
                .isGreaterThan(RetryPolicy.WINDOW.minus(Duration.ofHours(2)));
    }
}
