package org.alliance.supervision.internal;

import java.util.UUID;
import org.alliance.api.scheduling.SchedulingEvents;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps observation requests with their appointment when the scheduling module cancels or moves
 * it, so an observer is never left with a session that is not there or at the wrong time. Only
 * scheduling posts these topics, so without it this handler simply never runs.
 */
// Topics as a plain property: the EventTopics annotation would add a requirement on an
// osgi.implementation=osgi.event capability that Karaf's Event Admin does not declare.
@Component(service = EventHandler.class, property = {EventConstants.EVENT_TOPIC + "=" + SchedulingEvents.CANCELLED,
        EventConstants.EVENT_TOPIC + "=" + SchedulingEvents.RESCHEDULED})
public class ObservedAppointmentWatch implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ObservedAppointmentWatch.class);

    private final SupervisionServiceImpl supervision;

    @Activate
    public ObservedAppointmentWatch(@Reference SupervisionServiceImpl supervision) {
        this.supervision = supervision;
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty("id") instanceof String id)) {
            return;
        }
        try {
            UUID appointmentId = UUID.fromString(id);
            if (SchedulingEvents.CANCELLED.equals(event.getTopic())) {
                supervision.observationDesk().appointmentCancelled(appointmentId);
            } else {
                supervision.observationDesk().appointmentMoved(appointmentId);
            }
        } catch (RuntimeException e) {
            // Event Admin would blacklist a handler that throws; log instead, and keep listening.
            LOG.warn("Could not bring the observations of appointment {} up to date after {}", id, event.getTopic(), e);
        }
    }
}
