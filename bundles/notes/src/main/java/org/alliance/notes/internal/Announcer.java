package org.alliance.notes.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Events;
import org.alliance.notes.internal.store.NoteRow;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Posts the notes events after a change is committed; ids and the template only, never clinical text. */
final class Announcer {

    private final EventAdmin events;

    Announcer(EventAdmin events) {
        this.events = events;
    }

    void post(String topic, NoteRow note, Actor actor, Instant at) {
        Map<String, Object> props = new HashMap<>();
        props.put(Events.PROP_ID, note.id().toString());
        props.put("engagementId", note.engagementId().toString());
        props.put(Events.PROP_CLIENT_ID, note.clientId().toString());
        props.put("authorId", note.authorId().toString());
        props.put("kind", note.kind().name());
        props.put("status", note.status().name());
        props.put("templateId", note.template().id());
        props.put(Events.PROP_AT, at.toString());
        if (actor.userId() != null) {
            props.put(Events.PROP_ACTOR_ID, actor.userId().toString());
        }
        events.postEvent(new Event(topic, props));
    }
}
