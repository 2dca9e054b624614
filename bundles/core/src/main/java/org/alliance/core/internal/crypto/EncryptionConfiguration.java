package org.alliance.core.internal.crypto;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Where the clinical encryption keys live (web console, Configuration tab, "Alliance Clinical Encryption"). */
@ObjectClassDefinition(id = EncryptionConfiguration.PID, name = "Alliance Clinical Encryption",
        description = "The keystore holding the keys that encrypt clinical text at rest. Back it up with its "
                + "password, apart from the database backups: without it the notes cannot be read.")
public @interface EncryptionConfiguration {

    String PID = "org.alliance.core.encryption";

    @AttributeDefinition(name = "Keystore file",
            description = "PKCS12 keystore, relative to Karaf's etc directory or absolute. Created with a new key at "
                    + "first start when missing; its password is read from the environment variable "
                    + "ALLIANCE_KEYSTORE_PASSWORD, else from the file of the same name plus \".password\".")
    String keystoreFile() default "alliance-clinical.p12";
}
