package org.alliance.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;
import org.alliance.core.internal.CoreFixture;
import org.alliance.core.internal.MutableClock;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final MutableClock clock = new MutableClock(CoreFixture.START);
    private final CredentialCache cache = new CredentialCache(clock);
    private final Actor ann = new Actor(UUID.randomUUID(), "ann", "Ann", Set.of(Role.THERAPIST));

    @Test
    void answersTheActorForTheExactCredential() {
        cache.remember("ann", "correct horse battery", ann);

        assertThat(cache.lookup("ann", "correct horse battery")).isEqualTo(ann);
    }

    @Test
    void answersNothingForAnyOtherPassword() {
        cache.remember("ann", "correct horse battery", ann);

        assertThat(cache.lookup("ann", "Correct horse battery")).isNull();
        assertThat(cache.lookup("ann", "correct horse batter")).isNull();
        assertThat(cache.lookup("ann", "")).isNull();
    }

    @Test
    void answersNothingForAnotherUsernameWithTheSamePassword() {
        cache.remember("ann", "correct horse battery", ann);

        assertThat(cache.lookup("ben", "correct horse battery")).isNull();
    }

    @Test
    void forgetsAfterFiveMinutes() {
        cache.remember("ann", "correct horse battery", ann);

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(cache.lookup("ann", "correct horse battery")).isEqualTo(ann);

        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.lookup("ann", "correct horse battery")).isNull();
    }

    @Test
    void forgetsOnEvict() {
        cache.remember("ann", "correct horse battery", ann);

        cache.evict("ann");

        assertThat(cache.lookup("ann", "correct horse battery")).isNull();
    }

    @Test
    void rememberingANewPasswordForgetsTheOldOne() {
        cache.remember("ann", "old horse battery", ann);

        cache.remember("ann", "new horse battery", ann);

        assertThat(cache.lookup("ann", "old horse battery")).isNull();
        assertThat(cache.lookup("ann", "new horse battery")).isEqualTo(ann);
    }
}
