package org.alliance.termination.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The practice's ending rules, edited in the web console (Configuration → Alliance Termination). */
@ObjectClassDefinition(id = TerminationConfiguration.PID, name = "Alliance Termination",
        description = "Minimum notice before ending therapy, and when an engagement without sessions is at risk.")
public @interface TerminationConfiguration {

    String PID = "org.alliance.termination";

    @AttributeDefinition(name = "Minimum notice (days)",
            description = "Days between opening a termination plan and the planned end. Plans with less are refused "
                    + "unless their reason is a documented exception, which then needs a second person's approval. 0 to 180.")
    int minimumNoticeDays() default 14;

    @AttributeDefinition(name = "Minimum closure sessions",
            description = "Sessions to hold to work through the ending, unless an exception applies. 0 to 20.")
    int minimumClosureSessions() default 2;

    @AttributeDefinition(name = "At risk after (days without a session)",
            description = "An active engagement with no session for this long and no termination plan is listed for "
                    + "follow-up and its therapist is told. 7 to 365.")
    int atRiskDays() default 30;
}
