package org.alliance.scheduling.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Client;
import org.alliance.api.core.ClientService;
import org.alliance.api.notify.Message;
import org.alliance.api.notify.Notifier;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells people about a change once it is stored: an Event Admin event for other modules, an
 * in-app notification (and email) to each practitioner involved who did not make the change,
 * and an email to the client.
 *
 * <p>What a message may say: staff messages name no client, only the kind, the time and a
 * link (the app then shows each reader what their access allows); client email speaks only
 * to that client, about their own appointment, and names no clinician-client detail to anyone
 * else. A notification that cannot be sent never undoes the change: it is logged.
 */
final class Announcer {

    private static final Logger LOG = LoggerFactory.getLogger(Announcer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT)
            .withLocale(Locale.ENGLISH);

    private final EventAdmin events;
    private final Supplier<Notifier> notifier;
    private final ClientService clients;
    private final Supplier<String> practiceName;
    private final Supplier<ZoneId> zone;

    Announcer(EventAdmin events, Supplier<Notifier> notifier, ClientService clients, Supplier<String> practiceName,
            Supplier<ZoneId> zone) {
        this.events = events;
        this.notifier = notifier;
        this.clients = clients;
        this.practiceName = practiceName;
        this.zone = zone;
    }

    String when(Instant instant) {
        return WHEN.format(instant.atZone(zone.get()));
    }

    void event(String topic, Actor actor, AppointmentRow row, Instant at) {
        Map<String, Object> props = new HashMap<>();
        props.put("id", row.id().toString());
        props.put("at", at.toString());
        props.put("therapistId", row.therapistId().toString());
        props.put("start", row.start().toString());
        if (actor.userId() != null) {
            props.put("actorId", actor.userId().toString());
        }
        if (row.engagementId() != null) {
            props.put("engagementId", row.engagementId().toString());
            props.put("clientId", row.clientId().toString());
        }
        events.postEvent(new Event(topic, props));
    }

    /** Staff: everyone involved but the actor. */
    void tellPractitioners(Actor actor, AppointmentRow row, String topic, String subject, String text) {
        Notifier n = notifier.get();
        if (n == null) {
            return;
        }
        for (UUID practitioner : row.practitioners()) {
            if (practitioner.equals(actor.userId())) {
                continue;
            }
            try {
                n.notifyUser(practitioner, new Message(topic, subject, text, "/scheduling?appointment=" + row.id()), true);
            } catch (RuntimeException e) {
                LOG.warn("Could not notify practitioner {} of appointment {}: {}", practitioner, row.id(), e.getMessage());
            }
        }
    }

    /** The client, by email, when their record has an address. */
    void tellClient(AppointmentRow row, String subject, String text) {
        Notifier n = notifier.get();
        if (n == null || row.clientId() == null) {
            return;
        }
        try {
            Client client = clients.get(Actor.system("scheduling"), row.clientId());
            if (client.email() == null || client.email().isBlank()) {
                return;
            }
            n.emailAddress(client.email(), new Message("scheduling.client", subject,
                    "Dear " + client.displayName() + ",\n\n" + text + "\n\n" + practiceName.get(), null));
        } catch (RuntimeException e) {
            LOG.warn("Could not email the client of appointment {}: {}", row.id(), e.getMessage());
        }
    }

    void booked(Actor actor, List<AppointmentRow> rows) {
        AppointmentRow first = rows.get(0);
        String series = rows.size() > 1 ? " and " + (rows.size() - 1) + " more in the series" : "";
        String label = label(first);
        tellPractitioners(actor, first, "scheduling.booked", label + " booked for " + when(first.start()),
                "A " + label.toLowerCase(Locale.ENGLISH) + " was booked for " + when(first.start()) + series
                        + ", by " + actor.displayName() + ".");
        tellClient(first, "Your appointment on " + when(first.start()),
                "Your appointment with " + practiceName.get() + " is booked for " + when(first.start()) + series + ".");
    }

    void cancelled(Actor actor, List<AppointmentRow> rows) {
        AppointmentRow first = rows.get(0);
        String more = rows.size() > 1 ? " and the " + (rows.size() - 1) + " following ones" : "";
        String by = first.cancelledBy() == null ? "" : " (asked by the " + first.cancelledBy().name().toLowerCase(Locale.ENGLISH) + ")";
        tellPractitioners(actor, first, "scheduling.cancelled", label(first) + " on " + when(first.start()) + " cancelled",
                "The " + label(first).toLowerCase(Locale.ENGLISH) + " on " + when(first.start()) + more + " was cancelled"
                        + by + (first.status() == org.alliance.api.scheduling.AppointmentStatus.LATE_CANCELLED
                                ? ", inside the late-cancellation window" : "") + ".");
        tellClient(first, "Appointment on " + when(first.start()) + " cancelled",
                "Your appointment on " + when(first.start()) + more + " is cancelled.");
    }

    void rescheduled(Actor actor, AppointmentRow before, AppointmentRow after) {
        tellPractitioners(actor, after, "scheduling.rescheduled", label(after) + " moved to " + when(after.start()),
                "The " + label(after).toLowerCase(Locale.ENGLISH) + " on " + when(before.start()) + " was moved to "
                        + when(after.start()) + " by " + actor.displayName() + ".");
        tellClient(after, "Appointment moved to " + when(after.start()),
                "Your appointment on " + when(before.start()) + " is moved to " + when(after.start()) + ".");
    }

    void remind(AppointmentRow row) {
        tellClient(row, "Reminder: your appointment on " + when(row.start()),
                "This is a reminder of your appointment with " + practiceName.get() + " on " + when(row.start()) + ".");
    }

    static String label(AppointmentRow row) {
        return switch (row.kind()) {
            case SESSION -> "Session";
            case INTAKE -> "Intake";
            case TERMINATION_SESSION -> "Closing session";
            case SUPERVISION -> "Supervision meeting";
            case CONSULTATION -> "Consultation meeting";
        };
    }
}
