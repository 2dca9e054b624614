package org.alliance.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.alliance.api.core.TooManyAttemptsException;
import org.alliance.core.internal.CoreFixture;
import org.alliance.core.internal.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final int LIMIT = 5;
    private static final String ADDRESS = "192.0.2.10";

    private final MutableClock clock = new MutableClock(CoreFixture.START);
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void letsAttemptsThroughBelowTheLimit() {
        fail("ann", ADDRESS, LIMIT - 1);

        assertThatCode(() -> throttle.check("ann", ADDRESS)).doesNotThrowAnyException();
    }

    @Test
    void locksTheAccountForThirtySecondsWhenTheLimitIsReached() {
        fail("ann", null, LIMIT);

        TooManyAttemptsException e = lockedOut("ann", null);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void releasesTheAccountOnceTheLockOutHasPassed() {
        fail("ann", null, LIMIT);

        clock.advance(Duration.ofSeconds(29));
        assertThat(lockedOut("ann", null).retryAfter()).isEqualTo(Duration.ofSeconds(1));

        clock.advance(Duration.ofSeconds(1));
        assertThatCode(() -> throttle.check("ann", null)).doesNotThrowAnyException();
    }

    @Test
    void eachFailureBeyondTheLimitDoublesTheLockOut() {
        fail("ann", null, LIMIT + 1);
        assertThat(lockedOut("ann", null).retryAfter()).isEqualTo(Duration.ofSeconds(60));

        fail("ann", null, 1);
        assertThat(lockedOut("ann", null).retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void theLockOutNeverExceedsFifteenMinutes() {
        fail("ann", null, LIMIT + 20);

        assertThat(lockedOut("ann", null).retryAfter()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail("ann", null, LIMIT - 1);
        clock.advance(LoginThrottle.WINDOW.plusSeconds(1));

        fail("ann", null, 1);

        assertThatCode(() -> throttle.check("ann", null)).doesNotThrowAnyException();
    }

    @Test
    void aSuccessClearsTheAccountsFailures() {
        fail("ann", null, LIMIT - 1);
        throttle.succeeded("ann");

        fail("ann", null, LIMIT - 1);

        assertThatCode(() -> throttle.check("ann", null)).doesNotThrowAnyException();
    }

    @Test
    void aLockedAccountIsRefusedFromEveryAddress() {
        fail("ann", ADDRESS, LIMIT);

        lockedOut("ann", "198.51.100.7");
        lockedOut("ann", null);
    }

    @Test
    void anAddressGuessingManyUsernamesIsLockedForAllOfThem() {
        for (int i = 0; i < LIMIT * LoginThrottle.ADDRESS_FACTOR; i++) {
            fail("user" + i, ADDRESS, 1);
        }

        lockedOut("someone-else", ADDRESS);
        assertThatCode(() -> throttle.check("someone-else", "198.51.100.7")).doesNotThrowAnyException();
    }

    @Test
    void oneAccountsSuccessDoesNotClearTheAddress() {
        for (int i = 0; i < LIMIT * LoginThrottle.ADDRESS_FACTOR; i++) {
            fail("user" + i, ADDRESS, 1);
        }

        throttle.succeeded("user0");

        lockedOut("user0", ADDRESS);
    }

    @Test
    void anAddressSharedByAPracticeIsNotLockedByOnePersonsTypos() {
        for (int i = 0; i < LIMIT; i++) {
            fail("user" + i, ADDRESS, 1);
        }

        assertThatCode(() -> throttle.check("someone-else", ADDRESS)).doesNotThrowAnyException();
    }

    @Test
    void otherAccountsAreNotAffected() {
        fail("ann", null, LIMIT);

        assertThatCode(() -> throttle.check("ben", null)).doesNotThrowAnyException();
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address, LIMIT);
        }
    }

    private TooManyAttemptsException lockedOut(String username, String address) {
        TooManyAttemptsException e = catchThrowableOfType(TooManyAttemptsException.class,
                () -> throttle.check(username, address));
        assertThat(e).as("%s from %s should be locked out", username, address).isNotNull();
        return e;
    }
}
