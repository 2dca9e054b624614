package org.alliance.supervision.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Events;
import org.alliance.api.notify.Message;
import org.alliance.api.notify.Notifier;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts the supervision events after a change is stored (ids and times only, never clinical text),
 * and tells people in the app when the notify module is installed.
 */
final class Announcer {

    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);

    private final EventAdmin events;
    private final Supplier<Notifier> notifier;

    Announcer(EventAdmin events, Supplier<Notifier> notifier) {
        this.events = events;
        this.notifier = notifier;
    }

    /**
     * Posts {@code topic} about record {@code id}.
     *
     * @param parties further properties, as name and id pairs (e.g. "supervisorId", id)
     */
    void post(String topic, UUID id, Actor actor, Instant at, Object... parties) {
        Map<String, Object> props = new HashMap<>();
        props.put(Events.PROP_ID, id.toString());
        props.put(Events.PROP_AT, at.toString());
        if (actor.userId() != null) {
            props.put(Events.PROP_ACTOR_ID, actor.userId().toString());
        }
        for (int i = 0; i + 1 < parties.length; i += 2) {
            if (parties[i + 1] != null) {
                props.put((String) parties[i], parties[i + 1].toString());
            }
        }
        events.postEvent(new Event(topic, props));
    }

    /**
     * Tells a practitioner in the app, unless they are the one acting. A failure to notify does not
     * undo the change already stored, so it is logged rather than thrown.
     */
    void tell(Actor actor, UUID userId, Message message) {
        Notifier n = notifier.get();
        if (n == null || userId == null || userId.equals(actor.userId())) {
            return;
        }
        try {
            n.notifyUser(userId, message, false);
        } catch (RuntimeException e) {
            LOG.warn("Could not tell user {} about {}: {}", userId, message.topic(), e.getMessage());
        }
    }
}
