package org.alliance.core.internal.shell;

import org.alliance.core.internal.crypto.ClinicalCipherImpl;
import org.alliance.core.internal.crypto.ClinicalKeystore;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/**
 * {@code alliance:encryption-key-rotate}: adds a new clinical encryption key. New text is
 * encrypted with it; text encrypted before keeps reading with the older keys, which stay.
 */
@Command(scope = "alliance", name = "encryption-key-rotate",
        description = "Adds a new clinical encryption key; older keys stay to read older text")
@Service
public class EncryptionKeyRotateCommand implements Action {

    @Reference
    ClinicalCipherImpl cipher;

    @Override
    public Object execute() {
        ClinicalKeystore keystore = cipher.keystore();
        String alias = cipher.rotateKey();
        System.out.println("Added key " + alias + " to " + keystore.file() + " (keys now: "
                + String.join(", ", keystore.aliases()) + ").");
        System.out.println("Back up the keystore now, with " + ClinicalKeystore.passwordFileOf(keystore.file())
                + " or the " + ClinicalKeystore.PASSWORD_ENV + " value: a backup without this key cannot read what "
                + "is written from now on.");
        return null;
    }
}
