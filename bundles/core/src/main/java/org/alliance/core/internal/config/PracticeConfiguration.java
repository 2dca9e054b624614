package org.alliance.core.internal.config;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The practice's settings, edited in the web console (Configuration tab, "Alliance Practice"). */
@ObjectClassDefinition(id = PracticeConfiguration.PID, name = "Alliance Practice",
        description = "The practice's name, time zone, sign-in and session rules.")
public @interface PracticeConfiguration {

    String PID = "org.alliance.practice";

    @AttributeDefinition(name = "Practice name", description = "Shown in the web app and in letters to clients.")
    String name() default "Alliance Practice";

    @AttributeDefinition(name = "Time zone", description = "IANA time zone id appointments are expanded in, e.g. America/Chicago.")
    String timeZone() default "UTC";

    @AttributeDefinition(name = "Idle session timeout (minutes)",
            description = "A signed-in session with no activity ends after this long (HIPAA automatic logoff). 1 to 480.")
    int sessionIdleMinutes() default 15;

    @AttributeDefinition(name = "Minimum password length", description = "At least 8.")
    int passwordMinLength() default 12;

    @AttributeDefinition(name = "Failed sign-ins before throttling",
            description = "After this many failures for one account within 15 minutes, further attempts wait (doubling lock-outs). An address gets 20 times as many, since a reverse proxy puts every user behind one address.")
    int loginMaxFailures() default 5;

    @AttributeDefinition(name = "Emergency access duration (minutes)",
            description = "How long an admin's break-the-glass access to a sealed client lasts.")
    int breakGlassMinutes() default 60;

    @AttributeDefinition(name = "Modality competence",
            description = "When an engagement is opened in a modality its therapist has not declared competence in "
                    + "(Users → declared modalities): OFF does not check, WARN asks for confirmation and flags the "
                    + "creation in the audit log, REFUSE refuses it.")
    CompetencePolicy competencePolicy() default CompetencePolicy.WARN;
}
