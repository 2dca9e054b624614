package org.alliance.scheduling.internal;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each booked session's reminder once, the configured time before it starts (checked
 * every minute). A reminder is recorded before it is sent, so a restart never sends it twice.
 */
@Component(service = {})
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final SchedulingServiceImpl scheduling;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "alliance-scheduling-reminders");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public Reminders(@Reference SchedulingServiceImpl scheduling) {
        this.scheduling = scheduling;
        timer.scheduleWithFixedDelay(this::sendDue, 1, 60, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
    }

    void sendDue() {
        try {
            for (AppointmentRow row : scheduling.dueForReminder()) {
                if (scheduling.repository().markReminded(row.id(), clock.instant())) {
                    scheduling.announcer().remind(row);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Reminders could not be sent this minute: {}", e.getMessage());
        }
    }
}
