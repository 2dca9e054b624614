package org.alliance.core.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.core.internal.CoreFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String SALT = "c2FsdHNhbHRzYWx0c2FsdA";
    private static final String HASH = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    private final PasswordHasher hasher = CoreFixture.cheapHasher();

    @Test
    void verifiesTheRightPassword() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void refusesAWrongPassword() {
        String hash = hasher.hash("correct horse battery staple");

        assertThat(hasher.verify("Correct horse battery staple", hash)).isFalse();
        assertThat(hasher.verify("correct horse battery stapl", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void saltsEveryHashSoTheSamePasswordHashesDifferently() {
        String first = hasher.hash("same password here");
        String second = hasher.hash("same password here");

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).as("salt").isNotEqualTo(second.split("\\$")[4]);
        assertThat(hasher.verify("same password here", first)).isTrue();
        assertThat(hasher.verify("same password here", second)).isTrue();
    }

    @Test
    void writesItsParametersIntoThePhcString() {
        assertThat(hasher.hash("any password at all")).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
    }

    @Test
    void defaultParametersAreOwaspsMinimumForArgon2id() {
        PasswordHasher defaults = new PasswordHasher();

        String hash = defaults.hash("correct horse battery staple");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(defaults.verify("correct horse battery staple", hash)).isTrue();
    }

    @Test
    void verifiesAHashMadeWithOtherParametersUsingTheParametersItCarries() {
        String oldHash = new PasswordHasher(2048, 2, 1).hash("correct horse battery staple");

        assertThat(hasher.verify("correct horse battery staple", oldHash)).isTrue();
        assertThat(hasher.verify("wrong horse battery staple", oldHash)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "correct horse battery staple",
        "$argon2i$v=19$m=1024,t=1,p=1$" + SALT + "$" + HASH,
        "$argon2id$v=16$m=1024,t=1,p=1$" + SALT + "$" + HASH,
        "$argon2id$v=19$m=1024,t=1,p=1$" + SALT,
        "$argon2id$v=19$m=1024,t=1,p=1$" + SALT + "$" + HASH + "$extra",
        "$argon2id$v=19$m=abc,t=1,p=1$" + SALT + "$" + HASH,
        "$argon2id$v=19$x=1,t=1,p=1$" + SALT + "$" + HASH,
        "$argon2id$v=19$$" + SALT + "$" + HASH,
        "$argon2id$v=19$m=1024,t=1,p=1$" + SALT + "$not*base64!",
        "$argon2id$v=19$m=1024,t=1,p=1$%%%$" + HASH,
    })
    void aMalformedHashVerifiesNoPassword(String malformed) {
        assertThat(hasher.verify("correct horse battery staple", malformed)).isFalse();
    }

    /**
     * Well-formed strings whose parameters Argon2 cannot run with. The contract is "false for any
     * malformed hash"; a corrupted row must not turn a sign-in into a 500.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "$argon2id$v=19$m=1024,t=1,p=0$" + SALT + "$" + HASH,
        "$argon2id$v=19$m=1024,t=0,p=1$" + SALT + "$" + HASH,
        "$argon2id$v=19$m=1024,t=1$" + SALT + "$" + HASH,
        "$argon2id$v=19$m=1024,t=1,p=1$" + SALT + "$AA",
    })
    void aHashWithImpossibleParametersVerifiesNoPasswordInsteadOfThrowing(String malformed) {
        assertThat(hasher.verify("correct horse battery staple", malformed)).isFalse();
    }
}
