package org.alliance.scheduling.internal.feeds;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.Client;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.UserService;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.AppointmentStatus;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.SchedulingService;
import org.alliance.support.db.Db;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Secret iCalendar feeds of a practitioner's appointments, for calendar programs. The URL's
 * token is the only credential (calendar programs cannot sign in), so it is long and random,
 * stored only as a hash, and revocable. A feed names no client: it shows initials, or the
 * pseudonym of a sealed client, and nothing clinical; every appointment it shows with a client
 * is audited as read by the feed's owner.
 */
@Component(service = CalendarFeeds.class)
public class CalendarFeeds {

    static final Duration PAST = Duration.ofDays(30);
    static final Duration FUTURE = Duration.ofDays(330); // with PAST, within the 366 days one read may span

    private final Db db;
    private final SchedulingService scheduling;
    private final ClientService clients;
    private final UserService users;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public CalendarFeeds(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=SCHEDULING)") ModuleSchema schema, @Reference SchedulingService scheduling,
            @Reference ClientService clients, @Reference UserService users, @Reference AuditLog audit) {
        this(new Db(dataSource), scheduling, clients, users, audit, Clock.systemUTC());
    }

    CalendarFeeds(Db db, SchedulingService scheduling, ClientService clients, UserService users, AuditLog audit,
            Clock clock) {
        this.db = db;
        this.scheduling = scheduling;
        this.clients = clients;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a feed of the actor's own appointments and returns its secret token. */
    public String create(Actor actor) {
        if (actor.userId() == null || actor.roles().isEmpty()) {
            throw new AccessDeniedException("Only practice staff have calendar feeds.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        db.update("INSERT INTO SCHEDULING.FEED (TOKEN_HASH, USER_ID, CREATED_AT) VALUES (?, ?, ?)", hash(token),
                actor.userId(), clock.instant());
        audit.record(AuditRecord.success(actor, "feed.create", "feed", actor.userId(), null));
        return token;
    }

    /** Revokes one of the actor's feeds (an admin may revoke anyone's). */
    public void revoke(Actor actor, String token) {
        int removed = actor.has(Role.ADMIN)
                ? db.update("DELETE FROM SCHEDULING.FEED WHERE TOKEN_HASH = ?", hash(token))
                : db.update("DELETE FROM SCHEDULING.FEED WHERE TOKEN_HASH = ? AND USER_ID = ?", hash(token), actor.userId());
        if (removed == 0) {
            throw new RecordNotFoundException("No such feed of yours.");
        }
        audit.record(AuditRecord.success(actor, "feed.revoke", "feed", actor.userId(), null));
    }

    /** The feed as iCalendar text, or empty for an unknown or revoked token (or a deactivated owner). */
    public Optional<String> render(String token) {
        List<UUID> owners = db.query("SELECT USER_ID FROM SCHEDULING.FEED WHERE TOKEN_HASH = ?",
                rs -> Db.uuid(rs, "USER_ID"), hash(token));
        if (owners.isEmpty()) {
            return Optional.empty();
        }
        Optional<Actor> owner = users.activeActor(owners.get(0));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Actor actor = owner.get();
        Instant now = clock.instant();
        List<Appointment> appointments = scheduling.find(actor, actor.userId(), null, now.minus(PAST), now.plus(FUTURE));
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Alliance//Scheduling//EN");
        calendar.setName("Alliance: " + actor.displayName());
        Map<UUID, String> labels = new HashMap<>();
        for (Appointment a : appointments) {
            if (a.status() == AppointmentStatus.CANCELLED || a.status() == AppointmentStatus.LATE_CANCELLED) {
                continue;
            }
            VEvent event = new VEvent();
            event.setUid(a.id() + "@alliance");
            event.setDateStart(Date.from(a.start()), true);
            event.setDateEnd(Date.from(a.end()), true);
            event.setSummary(summary(a, labels));
            event.setLocation(a.location() == Location.VIDEO ? "Video" : "In person");
            event.setStatus(Status.confirmed());
            calendar.addEvent(event);
        }
        return Optional.of(Biweekly.write(calendar).go());
    }

    /** "Session · C.D.", "Session · Client B61C" for a sealed client, "Supervision meeting". */
    private String summary(Appointment a, Map<UUID, String> labels) {
        String kind = switch (a.kind()) {
            case SESSION -> "Session";
            case INTAKE -> "Intake";
            case TERMINATION_SESSION -> "Closing session";
            case SUPERVISION -> "Supervision meeting";
            case CONSULTATION -> "Consultation meeting";
        };
        if (a.clientId() == null) {
            return kind;
        }
        return kind + " · " + labels.computeIfAbsent(a.clientId(), id -> {
            try {
                Client client = clients.get(Actor.system("scheduling-feed"), id);
                return client.clinicianClient() ? client.pseudonym() : initials(client.displayName());
            } catch (RecordNotFoundException e) {
                return "client";
            }
        });
    }

    static String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!part.isEmpty() && Character.isLetter(part.charAt(0)) && !part.endsWith(".")) {
                out.append(Character.toUpperCase(part.charAt(0))).append('.');
            }
        }
        return out.length() == 0 ? "client" : out.toString();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
