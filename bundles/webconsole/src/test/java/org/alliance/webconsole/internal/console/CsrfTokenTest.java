package org.alliance.webconsole.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class CsrfTokenTest {

    private final CsrfToken tokens = new CsrfToken(new SecureRandom());

    @Test
    void aTokenMatchesTheUserItWasIssuedTo() {
        assertThat(tokens.matches("admin", tokens.issue("admin"))).isTrue();
    }

    @Test
    void aTokenDoesNotMatchAnotherUser() {
        assertThat(tokens.matches("eve", tokens.issue("admin"))).isFalse();
    }

    @Test
    void aTokenFromAnotherKeyDoesNotMatch() {
        assertThat(tokens.matches("admin", new CsrfToken(new SecureRandom()).issue("admin"))).isFalse();
    }

    @Test
    void noTokenDoesNotMatch() {
        assertThat(tokens.matches("admin", null)).isFalse();
        assertThat(tokens.matches("admin", "")).isFalse();
    }
}
