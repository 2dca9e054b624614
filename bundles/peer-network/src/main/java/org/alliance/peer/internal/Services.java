package org.alliance.peer.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.Colleague;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.UserService;
import org.alliance.api.notify.Message;
import org.alliance.api.notify.Notifier;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.api.termination.TerminationService;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/**
 * What the peer network's parts share: core's services, the optional modules (each {@code null}
 * while absent), the clock, and the few moves every part makes (who is a colleague, tell someone,
 * post an event).
 */
record Services(UserService users, ClientService clients, EngagementService engagements, AuditLog audit, EventAdmin events,
        Clock clock, Supplier<SupervisionService> supervision, Supplier<SchedulingService> scheduling,
        Supplier<TerminationService> termination, Supplier<Notifier> notifier) {

    static final Actor SYSTEM = Actor.system("peer-network");

    /** The peer network is for people: the system actor (shell, jobs) is nobody's peer. */
    static UUID practitioner(Actor actor) {
        if (actor.isSystem() || actor.roles().isEmpty()) {
            throw new AccessDeniedException("The peer network is for practitioners signed in as themselves.");
        }
        return actor.userId();
    }

    /** The practice's active accounts, by id. Holds no client data and is not audited. */
    Map<UUID, Colleague> colleagues() {
        return users.colleagues(SYSTEM).stream().collect(Collectors.toMap(Colleague::id, c -> c, (a, b) -> a));
    }

    /** An active colleague named in input, or a 400 naming the field. */
    Colleague colleague(String field, UUID id) {
        if (id == null) {
            throw new InvalidInputException(field, "is required");
        }
        Colleague colleague = colleagues().get(id);
        if (colleague == null) {
            throw new InvalidInputException(field, "there is no active practitioner with id " + id);
        }
        return colleague;
    }

    String nameOf(UUID id) {
        Colleague c = colleagues().get(id);
        return c == null ? "A former colleague" : c.displayName();
    }

    Instant now() {
        return clock.instant();
    }

    /** An in-app message (never email: the peer network's messages name no client, but stay inside). */
    void tell(UUID userId, Message message) {
        Notifier n = notifier.get();
        if (n != null) {
            n.notifyUser(userId, message, false);
        }
    }

    /** Posts an event after the change is stored; {@code actor} {@code null} leaves the actor out. */
    void post(String topic, UUID id, Actor actor, Instant at, Map<String, String> extra) {
        Map<String, Object> props = new HashMap<>(extra);
        props.put("id", id.toString());
        props.put("at", at.toString());
        if (actor != null && actor.userId() != null) {
            props.put("actorId", actor.userId().toString());
        }
        events.postEvent(new Event(topic, props));
    }
}
