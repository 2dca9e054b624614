package org.alliance.supervision.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The practice's supervision settings, edited in the web console (Configuration → Alliance Supervision). */
@ObjectClassDefinition(id = SupervisionConfiguration.PID, name = "Alliance Supervision",
        description = "Which licensure rule set new supervision relationships use unless they name one, and where "
                + "supervisees' client-contact hours come from.")
public @interface SupervisionConfiguration {

    String PID = "org.alliance.supervision";

    @AttributeDefinition(name = "Default rule set",
            description = "Id of the licensure rule set (e.g. ca-lmft, tx-lpc-associate) a new relationship uses when "
                    + "none is given. Empty: every relationship must name one.")
    String defaultRuleSet() default "";

    @AttributeDefinition(name = "Client hours from the calendar",
            description = "Count supervisees' attended client appointments (when scheduling is installed) as direct "
                    + "client-contact hours. Switch off when supervisees log all their hours by hand, so nothing counts twice.")
    boolean hoursFromCalendar() default true;
}
