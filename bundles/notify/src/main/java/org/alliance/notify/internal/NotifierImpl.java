package org.alliance.notify.internal;

import org.alliance.support.db.Db;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.api.core.Actor;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.notify.Message;
import org.alliance.api.notify.Notification;
import org.alliance.api.notify.Notifier;
import org.alliance.notify.internal.mail.OutboxSignal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Notifier}: checks a message, stores it (and queues its email) in one transaction,
 * and nudges the sender. Nothing here waits for a mail server, so a booking that notifies
 * someone is as fast with email down as with email up.
 *
 * <p>Not audited: the contract has modules compose notifications without client data (staff
 * email names no client), and the inbox is the reader's own.
 */
@Component(service = Notifier.class)
public class NotifierImpl implements Notifier {

    public static final int LIMIT_MAX = 100;
    private static final Logger LOG = LoggerFactory.getLogger(NotifierImpl.class);
    /** Who looks up recipients: the module itself, as the audit log would name it. */
    private static final Actor SYSTEM = Actor.system("notify");

    private final Db sql;
    private final Notifications notifications;
    private final UserService users;
    private final Runnable wakeSender;
    private final Clock clock;

    /** The schema reference is unused in the body: it keeps the component down until {@code NOTIFY} is migrated. */
    @Activate
    public NotifierImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=NOTIFY)") ModuleSchema schema, @Reference UserService users,
            @Reference OutboxSignal outboxSignal) {
        this(dataSource, users, outboxSignal::wake, Clock.systemUTC());
    }

    /** For tests: what wakes the sender, and the clock. Package-private, so SCR sees only the constructor above. */
    NotifierImpl(DataSource dataSource, UserService users, Runnable wakeSender, Clock clock) {
        this.sql = new Db(dataSource);
        this.notifications = new Notifications(sql);
        this.users = users;
        this.wakeSender = wakeSender;
        this.clock = clock;
    }

    @Override
    public void notifyUser(UUID userId, Message message, boolean email) {
        if (userId == null) {
            throw new InvalidInputException("userId", "is required");
        }
        Message m = MessageChecks.valid(message);
        User user = users.get(SYSTEM, userId);
        if (!user.active()) {
            throw new RecordNotFoundException("No active user with id " + userId + ".");
        }
        String address = email ? usableAddress(user) : null;
        Instant now = now();
        sql.inTransaction(c -> {
            Notifications.insert(c, UUID.randomUUID(), userId, m, now);
            if (address != null) {
                Outbox.queue(c, UUID.randomUUID(), address, m, now);
            }
            return null;
        });
        if (address != null) {
            wakeSender.run();
        }
    }

    @Override
    public void emailAddress(String address, Message message) {
        String to = MessageChecks.address(address);
        Message m = MessageChecks.valid(message);
        Instant now = now();
        sql.inTransaction(c -> {
            Outbox.queue(c, UUID.randomUUID(), to, m, now);
            return null;
        });
        wakeSender.run();
    }

    @Override
    public List<Notification> inbox(Actor actor, boolean unreadOnly, int limit) {
        Objects.requireNonNull(actor, "actor");
        if (limit < 1 || limit > LIMIT_MAX) {
            throw new InvalidInputException("limit", "must be between 1 and " + LIMIT_MAX);
        }
        // The system actor is no person and has no inbox.
        return actor.userId() == null ? List.of() : notifications.inbox(actor.userId(), unreadOnly, limit);
    }

    @Override
    public void markRead(Actor actor, UUID notificationId) {
        Objects.requireNonNull(actor, "actor");
        if (notificationId == null) {
            throw new InvalidInputException("id", "is required");
        }
        // Someone else's notification is "not found", exactly like one that does not exist.
        if (actor.userId() == null || !notifications.markRead(actor.userId(), notificationId, now())) {
            throw new RecordNotFoundException("notification", notificationId);
        }
    }

    /** The user's address if mail can go to it; core accepts some that mail cannot (no strict syntax). */
    private static String usableAddress(User user) {
        if (user.email() == null || user.email().isBlank()) {
            return null;
        }
        try {
            return MessageChecks.address(user.email());
        } catch (InvalidInputException e) {
            LOG.warn("User {} has an email address that mail cannot be sent to; they are notified in the app only",
                    user.id());
            return null;
        }
    }

    /** Microseconds, as the database keeps them. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
