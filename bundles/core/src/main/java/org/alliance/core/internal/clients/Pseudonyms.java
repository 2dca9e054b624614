package org.alliance.core.internal.clients;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * Makes the stable pseudonym a sealed client is shown by, e.g. {@code Client 7F3A}: random, so
 * it reveals nothing of the client, and stored, so it never changes. Four hex digits while they
 * are easy to find free; longer once the practice has so many clients that they are not.
 */
final class Pseudonyms {

    private static final int TRIES_PER_LENGTH = 20;
    private final SecureRandom random = new SecureRandom();

    String next(Predicate<String> taken) {
        for (int bytes = 2; bytes <= 8; bytes++) {
            for (int i = 0; i < TRIES_PER_LENGTH; i++) {
                byte[] b = new byte[bytes];
                random.nextBytes(b);
                String candidate = "Client " + HexFormat.of().withUpperCase().formatHex(b);
                if (!taken.test(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("No free pseudonym found");
    }
}
