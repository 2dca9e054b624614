package org.alliance.scheduling.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The practice's scheduling rules, edited in the web console (Configuration → Alliance Scheduling). */
@ObjectClassDefinition(id = SchedulingConfiguration.PID, name = "Alliance Scheduling",
        description = "Late cancellations, reminders, recurring series and calendar feeds.")
public @interface SchedulingConfiguration {

    String PID = "org.alliance.scheduling";

    @AttributeDefinition(name = "Late cancellation window (hours)",
            description = "A cancellation by the client less than this long before the start is recorded as late. "
                    + "Usual values: 24, 48 or 72. 0 to 336.")
    int lateCancellationHours() default 24;

    @AttributeDefinition(name = "Reminder (hours before)",
            description = "How long before a session its reminder goes out. 0 switches reminders off. Up to 168.")
    int reminderHoursBefore() default 24;

    @AttributeDefinition(name = "Open-ended series: months booked ahead",
            description = "A recurring series without COUNT or UNTIL is booked this far ahead. 1 to 24.")
    int seriesHorizonMonths() default 12;
}
