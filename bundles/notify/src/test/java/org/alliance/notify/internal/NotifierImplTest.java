package org.alliance.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.alliance.api.core.Actor;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.notify.Message;
import org.alliance.api.notify.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The notifier's rules on a real H2 with the shipped migration. Ann is a therapist with an email
 * address, Ben a therapist without one; the user store is a mock that knows them.
 */
class NotifierImplTest {

    private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    private final NotifyDatabase db = new NotifyDatabase();
    private final MutableClock clock = new MutableClock(START);
    private final UserService users = mock(UserService.class);
    private final AtomicInteger wakes = new AtomicInteger();
    private final NotifierImpl notifier = new NotifierImpl(db.dataSource, users, wakes::incrementAndGet, clock);
    private final Outbox outbox = new Outbox(db.dataSource);

    private final User ann = user("Ann Therapist", "ann@example.org", true);
    private final User ben = user("Ben Therapist", null, true);

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    // ---- notifyUser ----

    @Test
    void aUserFindsTheNotificationInTheirInboxUnread() {
        notifier.notifyUser(ann.id(), cancelled(), false);

        assertThat(notifier.inbox(ann.asActor(), false, 10)).singleElement().satisfies(n -> {
            assertThat(n.topic()).isEqualTo("scheduling.appointment.cancelled");
            assertThat(n.subject()).isEqualTo("An appointment was cancelled");
            assertThat(n.text()).isEqualTo("Your appointment on Tuesday at 10:00 was cancelled.");
            assertThat(n.link()).isEqualTo("/scheduling/2026-11-24");
            assertThat(n.createdAt()).isEqualTo(START);
            assertThat(n.read()).isFalse();
        });
        assertThat(db.count("EMAIL_OUTBOX")).isZero();
        assertThat(wakes).hasValue(0);
    }

    @Test
    void withEmailTheUsersAddressGetsTheSameMessageQueuedAndTheSenderIsWoken() {
        notifier.notifyUser(ann.id(), cancelled(), true);

        assertThat(db.count("NOTIFICATION")).isEqualTo(1);
        assertThat(outbox.due(START, 10)).singleElement().satisfies(e -> {
            assertThat(e.recipient()).isEqualTo("ann@example.org");
            assertThat(e.subject()).isEqualTo("An appointment was cancelled");
            assertThat(e.body()).isEqualTo("Your appointment on Tuesday at 10:00 was cancelled.");
            assertThat(e.link()).isEqualTo("/scheduling/2026-11-24");
            assertThat(e.attempts()).isZero();
            assertThat(e.nextAttemptAt()).isEqualTo(START);
        });
        assertThat(wakes).hasValue(1);
    }

    @Test
    void aUserWithoutAnAddressIsNotifiedInTheAppOnly() {
        notifier.notifyUser(ben.id(), cancelled(), true);

        assertThat(notifier.inbox(ben.asActor(), false, 10)).hasSize(1);
        assertThat(db.count("EMAIL_OUTBOX")).isZero();
    }

    @Test
    void anAddressMailCannotBeSentToIsSkippedButTheInAppNotificationStays() {
        User odd = user("Odd Address", "odd@@example.org", true);

        notifier.notifyUser(odd.id(), cancelled(), true);

        assertThat(notifier.inbox(odd.asActor(), false, 10)).hasSize(1);
        assertThat(db.count("EMAIL_OUTBOX")).isZero();
    }

    @Test
    void anUnknownUserIsNotFoundAndNothingIsStored() {
        UUID nobody = UUID.randomUUID();
        when(users.get(any(), eq(nobody))).thenThrow(new RecordNotFoundException("user", nobody));

        assertThatThrownBy(() -> notifier.notifyUser(nobody, cancelled(), true)).isInstanceOf(RecordNotFoundException.class);
        assertThat(db.count("NOTIFICATION")).isZero();
    }

    @Test
    void anInactiveUserIsNotFoundAndNothingIsStored() {
        User gone = user("Gone Therapist", "gone@example.org", false);

        assertThatThrownBy(() -> notifier.notifyUser(gone.id(), cancelled(), true)).isInstanceOf(RecordNotFoundException.class);
        assertThat(db.count("NOTIFICATION")).isZero();
        assertThat(db.count("EMAIL_OUTBOX")).isZero();
    }

    @Test
    void usersAreLookedUpAsTheSystemNotAsAnyone() {
        notifier.notifyUser(ann.id(), cancelled(), false);

        verify(users).get(eq(Actor.system("notify")), eq(ann.id()));
    }

    @Test
    void aUserIdIsRequired() {
        assertThat(refusal(() -> notifier.notifyUser(null, cancelled(), false)).field()).isEqualTo("userId");
    }

    // ---- what a valid message is ----

    @Test
    void subjectAndTextAreRequired() {
        assertThat(refusal(() -> notifier.notifyUser(ann.id(), message("t.x", " ", "text", null), false)).field())
                .isEqualTo("subject");
        assertThat(refusal(() -> notifier.notifyUser(ann.id(), message("t.x", "Subject", null, null), false)).field())
                .isEqualTo("text");
        assertThat(refusal(() -> notifier.notifyUser(ann.id(), null, false)).field()).isEqualTo("message");
        assertThat(db.count("NOTIFICATION")).isZero();
    }

    @Test
    void aSubjectHasAtMost200CharactersAndATextAtMost4000() {
        notifier.notifyUser(ann.id(), message("t.x", "s".repeat(200), "t".repeat(4000), null), true);
        assertThat(outbox.due(START, 1).get(0).body()).hasSize(4000);

        InvalidInputException subject = refusal(() -> notifier.notifyUser(ann.id(),
                message("t.x", "s".repeat(201), "text", null), true));
        assertThat(subject.getMessage()).isEqualTo("subject: must be at most 200 characters");
        assertThat(refusal(() -> notifier.notifyUser(ann.id(), message("t.x", "Subject", "t".repeat(4001), null), true))
                .field()).isEqualTo("text");
    }

    @Test
    void aSubjectIsMadeOneLineBecauseItIsAlsoAnEmailHeader() {
        notifier.notifyUser(ann.id(), message("t.x", "Cancelled\r\nBcc: everyone@example.org", "text", null), true);

        assertThat(outbox.due(START, 1).get(0).subject()).isEqualTo("Cancelled Bcc: everyone@example.org");
    }

    @Test
    void subjectTextAndLinkAreTrimmed() {
        notifier.notifyUser(ann.id(), message(" t.x ", "  Subject ", "\n Text. \n", "  /notifications "), false);

        Notification n = notifier.inbox(ann.asActor(), false, 1).get(0);
        assertThat(List.of(n.topic(), n.subject(), n.text(), n.link())).containsExactly("t.x", "Subject", "Text.",
                "/notifications");
    }

    @Test
    void aTopicIsALowerCaseKey() {
        assertThat(refusal(() -> notifier.notifyUser(ann.id(), message("Appointment cancelled!", "s", "t", null), false))
                .field()).isEqualTo("topic");
        assertThat(refusal(() -> notifier.notifyUser(ann.id(), message(null, "s", "t", null), false)).field())
                .isEqualTo("topic");
    }

    @Test
    void aLinkIsAPathInTheWebAppAndNothingElse() {
        for (String link : List.of("https://example.org/x", "//example.org/x", "javascript:alert(1)", "scheduling",
                "/a b", "/\\example.org")) {
            assertThat(refusal(() -> notifier.notifyUser(ann.id(), message("t.x", "s", "t", link), false)).field())
                    .as(link).isEqualTo("link");
        }
        notifier.notifyUser(ann.id(), message("t.x", "s", "t", "/scheduling/appointments/42?view=day#top"), false);
        notifier.notifyUser(ann.id(), message("t.x", "s", "t", null), false);
        assertThat(db.count("NOTIFICATION")).isEqualTo(2);
    }

    // ---- emailAddress ----

    @Test
    void anEmailToAnAddressIsQueuedWithoutAnyInAppNotification() {
        notifier.emailAddress("client@example.org", reminder());

        assertThat(outbox.due(START, 10)).extracting(OutboxEmail::recipient).containsExactly("client@example.org");
        assertThat(db.count("NOTIFICATION")).isZero();
        assertThat(wakes).hasValue(1);
    }

    @Test
    void aMalformedAddressIsRefusedWithoutRepeatingIt() {
        for (String address : List.of("jane", "jane@", "@example.org", "Jane <jane@example.org>", "a@b@example.org",
                "jane@example.org, joe@example.org", " ")) {
            InvalidInputException e = refusal(() -> notifier.emailAddress(address, reminder()));
            assertThat(e.field()).as(address).isEqualTo("address");
            assertThat(e.getMessage()).as(address).isIn("address: is not an email address", "address: is required");
        }
        assertThat(db.count("EMAIL_OUTBOX")).isZero();
        assertThat(wakes).hasValue(0);
    }

    @Test
    void anEmailNeedsAValidMessageToo() {
        assertThat(refusal(() -> notifier.emailAddress("client@example.org", message("t.x", "s", "", null))).field())
                .isEqualTo("text");
    }

    // ---- inbox ----

    @Test
    void theInboxIsNewestFirstAndHoldsOnlyTheUsersOwn() {
        notifier.notifyUser(ann.id(), message("t.x", "First", "t", null), false);
        clock.advance(Duration.ofMinutes(1));
        notifier.notifyUser(ben.id(), message("t.x", "For Ben", "t", null), false);
        clock.advance(Duration.ofMinutes(1));
        notifier.notifyUser(ann.id(), message("t.x", "Second", "t", null), false);

        assertThat(notifier.inbox(ann.asActor(), false, 10)).extracting(Notification::subject)
                .containsExactly("Second", "First");
        assertThat(notifier.inbox(ann.asActor(), false, 1)).extracting(Notification::subject).containsExactly("Second");
        assertThat(notifier.inbox(ben.asActor(), false, 10)).extracting(Notification::subject).containsExactly("For Ben");
    }

    @Test
    void unreadOnlyLeavesOutWhatWasRead() {
        notifier.notifyUser(ann.id(), message("t.x", "Read one", "t", null), false);
        notifier.notifyUser(ann.id(), message("t.x", "Unread one", "t", null), false);
        UUID read = notifier.inbox(ann.asActor(), false, 10).stream().filter(n -> n.subject().equals("Read one"))
                .findFirst().orElseThrow().id();

        notifier.markRead(ann.asActor(), read);

        assertThat(notifier.inbox(ann.asActor(), true, 10)).extracting(Notification::subject).containsExactly("Unread one");
        assertThat(notifier.inbox(ann.asActor(), false, 10)).filteredOn(Notification::read).extracting(Notification::id)
                .containsExactly(read);
    }

    @Test
    void theLimitIsBetween1And100() {
        assertThat(refusal(() -> notifier.inbox(ann.asActor(), false, 0)).field()).isEqualTo("limit");
        assertThat(refusal(() -> notifier.inbox(ann.asActor(), false, 101)).field()).isEqualTo("limit");
        assertThat(notifier.inbox(ann.asActor(), false, 100)).isEmpty();
    }

    @Test
    void theSystemHasNoInbox() {
        notifier.notifyUser(ann.id(), cancelled(), false);

        assertThat(notifier.inbox(Actor.system("shell:karaf"), false, 10)).isEmpty();
    }

    // ---- markRead ----

    @Test
    void markingReadTwiceIsFine() {
        notifier.notifyUser(ann.id(), cancelled(), false);
        UUID id = notifier.inbox(ann.asActor(), false, 1).get(0).id();

        notifier.markRead(ann.asActor(), id);
        notifier.markRead(ann.asActor(), id);

        assertThat(notifier.inbox(ann.asActor(), true, 10)).isEmpty();
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() {
        notifier.notifyUser(ann.id(), cancelled(), false);
        UUID annsOwn = notifier.inbox(ann.asActor(), false, 1).get(0).id();
        Actor admin = new Actor(UUID.randomUUID(), "ada", "Ada Admin", Set.of(Role.ADMIN));

        assertThatThrownBy(() -> notifier.markRead(ben.asActor(), annsOwn)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> notifier.markRead(admin, annsOwn)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> notifier.markRead(Actor.system("shell:karaf"), annsOwn))
                .isInstanceOf(RecordNotFoundException.class);
        assertThat(notifier.inbox(ann.asActor(), true, 10)).extracting(Notification::id).containsExactly(annsOwn);
    }

    @Test
    void anUnknownNotificationIsNotFound() {
        assertThatThrownBy(() -> notifier.markRead(ann.asActor(), UUID.randomUUID()))
                .isInstanceOf(RecordNotFoundException.class);
    }

    // ---- called from many threads ----

    @Test
    void concurrentCallersAllHaveTheirNotificationsStored() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                calls.add(pool.submit(() -> notifier.notifyUser(ann.id(), message("t.x", "No. " + n, "t", null), true)));
            }
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(notifier.inbox(ann.asActor(), false, 100)).hasSize(100);
        assertThat(db.count("NOTIFICATION")).isEqualTo(200);
        assertThat(db.count("EMAIL_OUTBOX")).isEqualTo(200);
        assertThat(wakes).hasValue(200);
    }

    // ---- helpers ----

    private User user(String name, String email, boolean active) {
        User u = new User(UUID.randomUUID(), name.toLowerCase().replace(' ', '.'), name, email, Set.of(Role.THERAPIST),
                List.of(), null, active, START);
        when(users.get(any(), eq(u.id()))).thenReturn(u);
        return u;
    }

    private static Message cancelled() {
        return message("scheduling.appointment.cancelled", "An appointment was cancelled",
                "Your appointment on Tuesday at 10:00 was cancelled.", "/scheduling/2026-11-24");
    }

    private static Message reminder() {
        return message("scheduling.appointment.reminder", "Your appointment tomorrow",
                "This is a reminder of your appointment tomorrow at 10:00.", null);
    }

    private static Message message(String topic, String subject, String text, String link) {
        return new Message(topic, subject, text, link);
    }

    private static InvalidInputException refusal(Executable call) {
        return catchThrowableOfType(InvalidInputException.class, call::execute);
    }
}
