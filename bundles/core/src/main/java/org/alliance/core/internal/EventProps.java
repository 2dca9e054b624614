package org.alliance.core.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Events;

/** The properties every core event carries: the record's id, when, and who acted (absent for the system). */
public final class EventProps {

    private EventProps() {
    }

    /** A mutable map, so callers can add their topic's own properties. */
    public static Map<String, Object> of(UUID id, Actor actor, Instant at) {
        Map<String, Object> props = new HashMap<>();
        props.put(Events.PROP_ID, id.toString());
        props.put(Events.PROP_AT, at.toString());
        if (actor.userId() != null) {
            props.put(Events.PROP_ACTOR_ID, actor.userId().toString());
        }
        return props;
    }
}
