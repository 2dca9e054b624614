package org.alliance.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;
import org.alliance.core.internal.CoreFixture;
import org.alliance.core.internal.MutableClock;
import org.alliance.core.internal.TestPracticeConfiguration;
import org.alliance.core.internal.security.SessionStore.Session;
import org.junit.jupiter.api.Test;

class SessionStoreTest {

    private static final Duration IDLE = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(CoreFixture.START);
    private final SessionStore store = new SessionStore(TestPracticeConfiguration.defaults().settings(), clock);
    private final Actor ann = new Actor(UUID.randomUUID(), "ann", "Ann", Set.of(Role.THERAPIST));
    private final Actor ben = new Actor(UUID.randomUUID(), "ben", "Ben", Set.of(Role.THERAPIST));

    @Test
    void aNewSessionIsFoundByItsTokenWithItsActor() {
        Session s = store.open(ann);

        assertThat(store.find(s.token())).hasValueSatisfying(found -> {
            assertThat(found.actor()).isEqualTo(ann);
            assertThat(found.created()).isEqualTo(CoreFixture.START);
            assertThat(found.expires()).isEqualTo(CoreFixture.START.plus(IDLE));
        });
        assertThat(s.csrfToken()).isNotEqualTo(s.token());
        assertThat(store.open(ann).token()).isNotEqualTo(s.token());
    }

    @Test
    void expiresAfterTheIdleTimeoutWithoutActivity() {
        Session s = store.open(ann);

        clock.advance(IDLE.minusSeconds(1));
        assertThat(store.find(s.token())).isPresent();

        clock.advance(Duration.ofSeconds(1));
        assertThat(store.find(s.token())).isEmpty();
    }

    @Test
    void theIdleTimeoutComesFromThePracticeSettings() {
        SessionStore fiveMinutes = new SessionStore(
                TestPracticeConfiguration.defaults().withSessionIdleMinutes(5).settings(), clock);
        Session s = fiveMinutes.open(ann);

        clock.advance(Duration.ofMinutes(5));

        assertThat(fiveMinutes.idleTimeout()).isEqualTo(Duration.ofMinutes(5));
        assertThat(fiveMinutes.find(s.token())).isEmpty();
    }

    @Test
    void touchRestartsTheIdleClock() {
        Session s = store.open(ann);
        clock.advance(Duration.ofMinutes(10));

        assertThat(store.touch(s.token())).isPresent();
        clock.advance(Duration.ofMinutes(10));
        assertThat(store.find(s.token())).as("20 minutes after sign-in, 10 after activity").isPresent();

        clock.advance(IDLE.minus(Duration.ofMinutes(10)));
        assertThat(store.find(s.token())).as("15 minutes after the last activity").isEmpty();
    }

    @Test
    void findDoesNotRestartTheIdleClock() {
        Session s = store.open(ann);
        clock.advance(Duration.ofMinutes(10));

        assertThat(store.find(s.token())).isPresent();
        clock.advance(Duration.ofMinutes(5));

        assertThat(store.find(s.token())).isEmpty();
    }

    @Test
    void twelveHoursAfterSignInEndsEvenAnActiveSession() {
        Session s = store.open(ann);
        for (int minutes = 10; minutes <= 11 * 60 + 50; minutes += 10) {
            clock.advance(Duration.ofMinutes(10));
            assertThat(store.touch(s.token())).as("touch after %d minutes", minutes).isPresent();
        }
        clock.set(CoreFixture.START.plus(Duration.ofHours(12)).minusSeconds(1));
        assertThat(store.find(s.token())).isPresent();

        clock.set(CoreFixture.START.plus(Duration.ofHours(12)));
        assertThat(store.find(s.token())).isEmpty();
        assertThat(store.touch(s.token())).isEmpty();
    }

    @Test
    void touchDoesNotReviveAnExpiredSession() {
        Session s = store.open(ann);
        clock.advance(IDLE);

        assertThat(store.touch(s.token())).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(store.find(s.token())).isEmpty();
    }

    @Test
    void closeEndsOnlyThatSession() {
        Session first = store.open(ann);
        Session second = store.open(ann);

        store.close(first.token());

        assertThat(store.find(first.token())).isEmpty();
        assertThat(store.find(second.token())).isPresent();
    }

    @Test
    void closeAllOfEndsEverySessionOfThatUserOnly() {
        Session annAtDesk = store.open(ann);
        Session annAtHome = store.open(ann);
        Session bens = store.open(ben);

        store.closeAllOf(ann.userId());

        assertThat(store.find(annAtDesk.token())).isEmpty();
        assertThat(store.find(annAtHome.token())).isEmpty();
        assertThat(store.find(bens.token())).isPresent();
    }

    @Test
    void anUnknownOrMissingTokenFindsNothing() {
        store.open(ann);

        assertThat(store.find("no-such-token")).isEmpty();
        assertThat(store.find(null)).isEmpty();
        assertThat(store.touch(null)).isEmpty();
    }

    @Test
    void csrfMatchesOnlyTheSessionsOwnToken() {
        Session s = store.open(ann);
        Session other = store.open(ann);

        assertThat(SessionStore.csrfMatches(s, s.csrfToken())).isTrue();
        assertThat(SessionStore.csrfMatches(s, other.csrfToken())).isFalse();
        assertThat(SessionStore.csrfMatches(s, s.token())).as("the session token is not the CSRF token").isFalse();
        assertThat(SessionStore.csrfMatches(s, "")).isFalse();
        assertThat(SessionStore.csrfMatches(s, null)).isFalse();
    }
}
