package org.alliance.api.core;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Encryption at rest for clinical text (note fields, addenda, plans, case summaries). Core
 * keeps the practice's key in a keystore under {@code etc/}, generated at first start; modules
 * store only what {@link #encrypt} returns. Authenticated encryption (AES-256-GCM): a changed,
 * truncated or swapped ciphertext is refused, never decrypted into something else.
 *
 * <p>The {@code context} binds a ciphertext to its place, e.g. {@code "NOTES.NOTE:<id>:fields"}:
 * decrypting with another context fails, so a ciphertext copied into another record's column
 * cannot be read there. Thread-safe.
 */
@ProviderType
public interface ClinicalCipher {

    /**
     * Encrypts {@code plaintext} (any length, {@code null} stays {@code null}) into a printable
     * string that names the key it was made with, so keys can be rotated.
     */
    String encrypt(String plaintext, String context);

    /**
     * Decrypts what {@link #encrypt} returned for the same context ({@code null} stays {@code null}).
     *
     * @throws IllegalStateException when the ciphertext was altered, belongs to another context,
     *                               or was made with a key this keystore does not hold
     */
    String decrypt(String ciphertext, String context);
}
