package org.alliance.supervision.internal;

import java.util.UUID;
import org.alliance.api.core.Events;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the names and license numbers copied into relationships current: once when the module
 * starts (accounts may have changed while it was off), then on every account change. Grants and
 * disclosures read the copy, because core asks them on its own threads where they must not ask
 * core back.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + Events.USER_UPDATED)
public class PeopleWatch implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleWatch.class);

    private final SupervisionServiceImpl supervision;

    @Activate
    public PeopleWatch(@Reference SupervisionServiceImpl supervision) {
        this.supervision = supervision;
        try {
            supervision.refreshEveryone();
        } catch (RuntimeException e) {
            LOG.warn("Could not bring the names in supervision relationships up to date; they follow the next account change",
                    e);
        }
    }

    @Override
    public void handleEvent(Event event) {
        if (!(event.getProperty(Events.PROP_ID) instanceof String id)) {
            return;
        }
        try {
            supervision.refreshPerson(UUID.fromString(id));
        } catch (RuntimeException e) {
            // Event Admin would blacklist a handler that throws; log instead, and keep listening.
            LOG.warn("Could not copy the changed account {} into supervision relationships", id, e);
        }
    }
}
