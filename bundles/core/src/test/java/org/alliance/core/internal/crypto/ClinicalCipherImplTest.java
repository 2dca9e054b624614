package org.alliance.core.internal.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicalCipherImplTest {

    private static final String CONTEXT = "NOTES.NOTE:7b1c:fields";

    @TempDir
    Path etc;

    private Path keystore() {
        return etc.resolve("alliance-clinical.p12");
    }

    private ClinicalCipherImpl start() {
        return new ClinicalCipherImpl(ClinicalKeystore.openOrCreate(keystore(), null));
    }

    @Test
    void decryptsWhatItEncrypted() {
        ClinicalCipherImpl cipher = start();

        String sealed = cipher.encrypt("Client reports better sleep.", CONTEXT);

        assertThat(sealed).startsWith("v1:clinical-1:").doesNotContain("sleep");
        assertThat(cipher.decrypt(sealed, CONTEXT)).isEqualTo("Client reports better sleep.");
    }

    @Test
    void theCiphertextIsV1AliasAndUnpaddedBase64urlOfIvCiphertextAndTag() {
        String sealed = start().encrypt("abc", CONTEXT);
        String data = sealed.substring("v1:clinical-1:".length());

        assertThat(data).matches("[A-Za-z0-9_-]+");
        assertThat(Base64.getUrlDecoder().decode(data)).hasSize(12 + 3 + 16);
    }

    @Test
    void keepsUnicodeAndEmptyText() {
        ClinicalCipherImpl cipher = start();
        String text = "Zoë Łukasiewicz, Άννα, Юлия: 😊\nsecond line";

        assertThat(cipher.decrypt(cipher.encrypt(text, CONTEXT), CONTEXT)).isEqualTo(text);
        assertThat(cipher.decrypt(cipher.encrypt("", CONTEXT), CONTEXT)).isEmpty();
    }

    @Test
    void nullStaysNull() {
        ClinicalCipherImpl cipher = start();

        assertThat(cipher.encrypt(null, CONTEXT)).isNull();
        assertThat(cipher.decrypt(null, CONTEXT)).isNull();
    }

    @Test
    void theSameTextEncryptsDifferentlyEachTime() {
        ClinicalCipherImpl cipher = start();

        assertThat(cipher.encrypt("same", CONTEXT)).isNotEqualTo(cipher.encrypt("same", CONTEXT));
    }

    @Test
    void refusesAnotherContext() {
        ClinicalCipherImpl cipher = start();
        String sealed = cipher.encrypt("Client reports better sleep.", "NOTES.NOTE:1:fields");

        assertThatThrownBy(() -> cipher.decrypt(sealed, "NOTES.NOTE:2:fields"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("another record");
    }

    @Test
    void refusesATamperedByte() {
        ClinicalCipherImpl cipher = start();
        String sealed = cipher.encrypt("Client reports better sleep.", CONTEXT);
        byte[] data = Base64.getUrlDecoder().decode(sealed.substring("v1:clinical-1:".length()));
        data[20] ^= 1;
        String tampered = "v1:clinical-1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(data);

        assertThatThrownBy(() -> cipher.decrypt(tampered, CONTEXT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void refusesTruncatedAndMalformedCiphertexts() {
        ClinicalCipherImpl cipher = start();
        String sealed = cipher.encrypt("Client reports better sleep.", CONTEXT);

        assertThatThrownBy(() -> cipher.decrypt(sealed.substring(0, sealed.length() - 4), CONTEXT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:clinical-1:AAAA", CONTEXT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("v1:clinical-1:not base64!", CONTEXT))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("plain text", CONTEXT)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt(sealed.replace("v1:", "v2:"), CONTEXT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesAKeyTheKeystoreDoesNotHold() {
        ClinicalCipherImpl cipher = start();
        String sealed = cipher.encrypt("text", CONTEXT).replace("clinical-1", "clinical-7");

        assertThatThrownBy(() -> cipher.decrypt(sealed, CONTEXT)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("clinical-7");
    }

    @Test
    void aSecondStartReusesTheKeyAndReadsOldCiphertexts() {
        String sealed = start().encrypt("written before the restart", CONTEXT);

        ClinicalCipherImpl restarted = start();

        assertThat(restarted.decrypt(sealed, CONTEXT)).isEqualTo("written before the restart");
        assertThat(restarted.keystore().aliases()).containsExactly("clinical-1");
    }

    @Test
    void anotherPracticesKeystoreCannotReadTheCiphertext() {
        String sealed = start().encrypt("text", CONTEXT);
        ClinicalCipherImpl other = new ClinicalCipherImpl(ClinicalKeystore.openOrCreate(etc.resolve("other.p12"), null));

        assertThatThrownBy(() -> other.decrypt(sealed, CONTEXT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rotationEncryptsWithTheNewKeyAndKeepsOldCiphertextsReadable() {
        ClinicalCipherImpl cipher = start();
        String before = cipher.encrypt("before", CONTEXT);

        assertThat(cipher.rotateKey()).isEqualTo("clinical-2");
        String after = cipher.encrypt("after", CONTEXT);

        assertThat(after).startsWith("v1:clinical-2:");
        assertThat(cipher.decrypt(before, CONTEXT)).isEqualTo("before");
        assertThat(cipher.decrypt(after, CONTEXT)).isEqualTo("after");

        ClinicalCipherImpl restarted = start();
        assertThat(restarted.keystore().aliases()).containsExactly("clinical-1", "clinical-2");
        assertThat(restarted.encrypt("x", CONTEXT)).startsWith("v1:clinical-2:");
        assertThat(restarted.decrypt(before, CONTEXT)).isEqualTo("before");
        assertThat(restarted.decrypt(after, CONTEXT)).isEqualTo("after");
    }

    @Test
    void theNewestKeyIsTheHighestNumberNotTheLastAdded() {
        ClinicalCipherImpl cipher = start();
        for (int i = 0; i < 10; i++) {
            cipher.rotateKey();
        }

        assertThat(start().keystore().newestAlias()).isEqualTo("clinical-11");
    }

    @Test
    void theKeystoreAndItsPasswordFileAreReadableByTheOwnerOnly() throws Exception {
        start();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                ClinicalKeystore.passwordFileOf(keystore())))).isEqualTo("rw-------");

        start().rotateKey();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore()))).isEqualTo("rw-------");
        assertThat(Files.list(etc)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("alliance-clinical.p12", "alliance-clinical.p12.password");
    }

    @Test
    void aPasswordFromTheEnvironmentWritesNoPasswordFile() {
        ClinicalCipherImpl cipher = new ClinicalCipherImpl(ClinicalKeystore.openOrCreate(keystore(), "s3cret-from-env"));
        String sealed = cipher.encrypt("text", CONTEXT);

        assertThat(ClinicalKeystore.passwordFileOf(keystore())).doesNotExist();
        ClinicalCipherImpl restarted = new ClinicalCipherImpl(ClinicalKeystore.openOrCreate(keystore(), "s3cret-from-env"));
        assertThat(restarted.decrypt(sealed, CONTEXT)).isEqualTo("text");
    }

    @Test
    void thePasswordMovesFromTheFileToTheEnvironment() throws Exception {
        String sealed = start().encrypt("text", CONTEXT);
        Path passwordFile = ClinicalKeystore.passwordFileOf(keystore());
        String password = Files.readString(passwordFile);
        Files.delete(passwordFile);

        ClinicalCipherImpl restarted = new ClinicalCipherImpl(ClinicalKeystore.openOrCreate(keystore(), password));

        assertThat(restarted.decrypt(sealed, CONTEXT)).isEqualTo("text");
    }

    @Test
    void aKeystoreThatCannotBeOpenedFailsTheStartAndIsNotReplaced() throws Exception {
        start();
        byte[] original = Files.readAllBytes(keystore());

        assertThatThrownBy(() -> ClinicalKeystore.openOrCreate(keystore(), "wrong password"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(keystore().toString());
        assertThat(Files.readAllBytes(keystore())).isEqualTo(original);
    }

    @Test
    void aKeystoreWithoutItsPasswordFailsTheStartNamingWhatIsMissing() throws Exception {
        start();
        Files.delete(ClinicalKeystore.passwordFileOf(keystore()));

        assertThatThrownBy(() -> ClinicalKeystore.openOrCreate(keystore(), null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(keystore().toString())
                .hasMessageContaining(ClinicalKeystore.PASSWORD_ENV);
        assertThat(ClinicalKeystore.passwordFileOf(keystore())).doesNotExist();
    }

    @Test
    void aDamagedKeystoreFailsTheStartAndIsNotReplaced() throws Exception {
        start();
        Files.write(keystore(), new byte[] {1, 2, 3});

        assertThatThrownBy(() -> ClinicalKeystore.openOrCreate(keystore(), null)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(keystore().toString());
        assertThat(Files.readAllBytes(keystore())).containsExactly(1, 2, 3);
    }

    @Test
    void aPasswordFileLeftByACrashBeforeTheKeystoreIsUsed() throws Exception {
        Files.writeString(ClinicalKeystore.passwordFileOf(keystore()), "left-by-a-crash");

        String sealed = start().encrypt("text", CONTEXT);

        assertThat(new ClinicalCipherImpl(ClinicalKeystore.openOrCreate(keystore(), "left-by-a-crash"))
                .decrypt(sealed, CONTEXT)).isEqualTo("text");
    }

    @Test
    void theKeystoreIsCreatedInAMissingDirectory() {
        Path nested = etc.resolve("keys/clinical.p12");

        ClinicalCipherImpl cipher = new ClinicalCipherImpl(ClinicalKeystore.openOrCreate(nested, null));

        assertThat(nested).exists();
        assertThat(cipher.decrypt(cipher.encrypt("text", CONTEXT), CONTEXT)).isEqualTo("text");
    }
}
