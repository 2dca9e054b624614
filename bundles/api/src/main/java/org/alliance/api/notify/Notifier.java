package org.alliance.api.notify;

import java.util.List;
import java.util.UUID;
import org.alliance.api.core.Actor;

/**
 * Sends notifications. Implemented by the notify module; called by any module, from any
 * thread. Sending is asynchronous and durable: a call returns once the message is stored,
 * delivery (and retrying a failed email) happens afterwards, so a slow mail server never
 * slows a booking.
 */
@org.osgi.annotation.versioning.ProviderType
public interface Notifier {

    /**
     * Stores an in-app notification for a practice user and, when they have an email address
     * and {@code email} is true, queues an email to them.
     *
     * @throws org.alliance.api.core.InvalidInputException for a blank subject or text
     * @throws org.alliance.api.core.RecordNotFoundException for an unknown or inactive user
     */
    void notifyUser(UUID userId, Message message, boolean email);

    /**
     * Queues an email to an address outside the practice's accounts (a client). The address
     * comes from the client's record; the message must speak only to that client.
     *
     * @throws org.alliance.api.core.InvalidInputException for a malformed address or a blank message
     */
    void emailAddress(String address, Message message);

    /** The signed-in user's in-app notifications, newest first, at most {@code limit}. */
    List<Notification> inbox(Actor actor, boolean unreadOnly, int limit);

    /** Marks one of the actor's own notifications read; others' are not found. */
    void markRead(Actor actor, UUID notificationId);
}
