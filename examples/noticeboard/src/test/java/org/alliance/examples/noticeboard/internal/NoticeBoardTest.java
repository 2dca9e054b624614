package org.alliance.examples.noticeboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The noticeboard's rules, on a real H2 with the shipped migrations. Ann is a therapist, Fran
 * front desk, Ada the admin, Sue a supervisor and Ivan an intern. The practice is in Auckland,
 * where a day starts 13 hours before UTC's in March, so "today" differs from UTC's for hours.
 */
class NoticeBoardTest {

    /** Monday 3 March 2025, 09:00 in Auckland (20:00 on Sunday in UTC). */
    private static final Instant START = Instant.parse("2025-03-02T20:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    private final NoticeboardDatabase db = new NoticeboardDatabase();
    private final MutableClock clock = new MutableClock(START);
    private final NoticeBoard board = new NoticeBoard(db.dataSource, new Auckland(), clock);

    private final Actor ann = person("Ann Therapist", Role.THERAPIST);
    private final Actor fran = person("Fran Frontdesk", Role.FRONTDESK);
    private final Actor ada = person("Ada Admin", Role.ADMIN);
    private final Actor sue = person("Sue Supervisor", Role.SUPERVISOR);
    private final Actor ivan = person("Ivan Intern", Role.INTERN);

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    // ---- posting ----

    @Test
    void aTherapistPostsANoticeInTheirOwnName() {
        Notice n = board.post(ann, new NewNotice("Room 2 closed Friday", "The heating is being repaired.", true, TODAY));

        assertThat(n.id()).isNotNull();
        assertThat(n.title()).isEqualTo("Room 2 closed Friday");
        assertThat(n.body()).isEqualTo("The heating is being repaired.");
        assertThat(n.authorId()).isEqualTo(ann.userId());
        assertThat(n.authorName()).isEqualTo("Ann Therapist");
        assertThat(n.createdAt()).isEqualTo(START);
        assertThat(n.pinned()).isTrue();
        assertThat(n.expiresOn()).isEqualTo(TODAY);
        assertThat(n.archivedAt()).isNull();
        assertThat(board.current(ann, null)).containsExactly(n);
    }

    @Test
    void aPostedNoticeIsTheSameWhenReadBack() {
        clock.advance(Duration.ofNanos(123_456_789)); // finer than the database keeps

        Notice posted = board.post(ann, notice("Room 2 closed Friday"));

        assertThat(board.current(ann, null)).containsExactly(posted);
    }

    @Test
    void frontDeskAndAdminsPostToo() {
        board.post(fran, notice("Holiday cover"));
        board.post(ada, notice("Fire drill on Tuesday"));

        assertThat(board.current(fran, null)).extracting(Notice::authorName).containsExactlyInAnyOrder("Fran Frontdesk", "Ada Admin");
    }

    @Test
    void supervisorsAndInternsWithoutAnotherRoleCannotPost() {
        assertThatThrownBy(() -> board.post(sue, notice("Supervision moves"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> board.post(ivan, notice("Supervision moves"))).isInstanceOf(AccessDeniedException.class);
        assertThat(db.storedNotices()).isZero();
    }

    @Test
    void aSupervisorWhoAlsoTreatsClientsPosts() {
        Actor both = person("Bo Both", Role.SUPERVISOR, Role.THERAPIST);

        assertThat(board.post(both, notice("Peer group at noon")).authorName()).isEqualTo("Bo Both");
    }

    @Test
    void theSystemPostsWithoutAnAuthorAccount() {
        Notice n = board.post(Actor.system("shell:admin"), notice("Server maintenance tonight"));

        assertThat(n.authorId()).isNull();
        assertThat(n.authorName()).isEqualTo("System (shell:admin)");
    }

    // ---- what a valid notice is ----

    @Test
    void aTitleIsRequired() {
        assertThat(refusal(() -> board.post(ann, new NewNotice(null, "body", false, null))).field()).isEqualTo("title");
        assertThat(refusal(() -> board.post(ann, new NewNotice("   ", "body", false, null))).field()).isEqualTo("title");
    }

    @Test
    void aTitleHasAtMost120Characters() {
        assertThat(board.post(ann, notice("t".repeat(120))).title()).hasSize(120);
        InvalidInputException e = refusal(() -> board.post(ann, notice("t".repeat(121))));

        assertThat(e.field()).isEqualTo("title");
        assertThat(e.getMessage()).isEqualTo("title: must be at most 120 characters");
    }

    @Test
    void theBodyIsOptionalAndHasAtMost4000Characters() {
        assertThat(board.post(ann, new NewNotice("No details", "  ", false, null)).body()).isNull();
        assertThat(board.post(ann, new NewNotice("Long", "b".repeat(4000), false, null)).body()).hasSize(4000);
        assertThat(refusal(() -> board.post(ann, new NewNotice("Too long", "b".repeat(4001), false, null))).field())
                .isEqualTo("body");
    }

    @Test
    void titleAndBodyAreTrimmed() {
        Notice n = board.post(ann, new NewNotice("  Room 2 closed  ", "\n Heating repair. \n", false, null));

        assertThat(n.title()).isEqualTo("Room 2 closed");
        assertThat(n.body()).isEqualTo("Heating repair.");
    }

    @Test
    void anEmptyRequestIsRefused() {
        assertThatThrownBy(() -> board.post(ann, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anExpiryInThePastIsRefused() {
        InvalidInputException e = refusal(() -> board.post(ann, new NewNotice("Old news", null, false, TODAY.minusDays(1))));

        assertThat(e.field()).isEqualTo("expiresOn");
        assertThat(db.storedNotices()).isZero();
    }

    @Test
    void theExpiryIsJudgedInThePracticesTimeZone() {
        // In UTC it is still 2 March, but the practice's day is already 3 March.
        assertThat(refusal(() -> board.post(ann, new NewNotice("Yesterday's", null, false, LocalDate.of(2025, 3, 2))))
                .field()).isEqualTo("expiresOn");
        assertThat(board.post(ann, new NewNotice("Today only", null, false, TODAY)).expiresOn()).isEqualTo(TODAY);
    }

    // ---- reading ----

    @Test
    void everySignedInUserReadsTheCurrentNotices() {
        Notice n = board.post(fran, notice("Holiday cover: Dr. Y covers Dr. X"));

        assertThat(board.current(ivan, null)).extracting(Notice::id).containsExactly(n.id());
        assertThat(board.current(sue, null)).extracting(Notice::id).containsExactly(n.id());
    }

    @Test
    void pinnedNoticesComeFirstThenTheNewest() {
        Notice oldPinned = board.post(ann, new NewNotice("Old pinned", null, true, null));
        clock.advance(Duration.ofMinutes(1));
        Notice older = board.post(ann, notice("Older"));
        clock.advance(Duration.ofMinutes(1));
        Notice newer = board.post(ann, notice("Newer"));
        clock.advance(Duration.ofMinutes(1));
        Notice newPinned = board.post(ann, new NewNotice("New pinned", null, true, null));

        assertThat(board.current(ann, null)).extracting(Notice::id)
                .containsExactly(newPinned.id(), oldPinned.id(), newer.id(), older.id());
    }

    @Test
    void aLimitReturnsTheFirstNoticesInBoardOrder() {
        for (int i = 1; i <= 5; i++) {
            board.post(ann, notice("Notice " + i));
            clock.advance(Duration.ofMinutes(1));
        }

        assertThat(board.current(ann, 3)).extracting(Notice::title).containsExactly("Notice 5", "Notice 4", "Notice 3");
    }

    @Test
    void aLimitOutside1To100IsRefused() {
        assertThat(refusal(() -> board.current(ann, 0)).field()).isEqualTo("limit");
        assertThat(refusal(() -> board.current(ann, 101)).field()).isEqualTo("limit");
    }

    @Test
    void aNoticeIsShownThroughItsLastDayInThePracticesTimeZone() {
        board.post(ann, new NewNotice("Today only", null, false, TODAY));

        clock.advance(Duration.ofHours(14)); // 23:00 on 3 March in Auckland
        assertThat(board.current(ann, null)).hasSize(1);
        clock.advance(Duration.ofHours(1)); // midnight: 4 March in Auckland, still 3 March in UTC
        assertThat(board.current(ann, null)).isEmpty();
        assertThat(db.storedNotices()).isEqualTo(1);
    }

    // ---- archiving ----

    @Test
    void theAuthorArchivesTheirNoticeAndItIsKept() {
        Notice n = board.post(ann, notice("Room 2 closed Friday"));
        clock.advance(Duration.ofHours(1));

        Notice archived = board.archive(ann, n.id());

        assertThat(archived.archivedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(archived.archivedBy()).isEqualTo(ann.userId());
        assertThat(archived.archivable()).isFalse();
        assertThat(board.current(ann, null)).isEmpty();
        assertThat(db.storedNotices()).isEqualTo(1);
    }

    @Test
    void anAdminArchivesAnyonesNotice() {
        Notice n = board.post(fran, notice("Holiday cover"));

        assertThat(board.archive(ada, n.id()).archivedBy()).isEqualTo(ada.userId());
    }

    @Test
    void nobodyElseArchivesANotice() {
        Notice n = board.post(ann, notice("Room 2 closed Friday"));

        assertThatThrownBy(() -> board.archive(fran, n.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> board.archive(person("Ann's namesake", Role.THERAPIST), n.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(board.current(ann, null)).hasSize(1);
    }

    @Test
    void eachReaderIsToldWhetherTheyMayArchive() {
        Notice n = board.post(ann, notice("Room 2 closed Friday"));

        assertThat(board.current(ann, null).get(0).archivable()).isTrue();
        assertThat(board.current(ada, null).get(0).archivable()).isTrue();
        assertThat(board.current(fran, null).get(0).archivable()).isFalse();
        assertThat(n.archivable()).isTrue();
    }

    @Test
    void archivingTwiceIsAConflict() {
        Notice n = board.post(ann, notice("Room 2 closed Friday"));
        board.archive(ann, n.id());

        assertThatThrownBy(() -> board.archive(ada, n.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void archivingAnUnknownNoticeIsNotFound() {
        assertThatThrownBy(() -> board.archive(ada, UUID.randomUUID())).isInstanceOf(RecordNotFoundException.class);
    }

    // ---- helpers ----

    private static Actor person(String name, Role... roles) {
        return new Actor(UUID.randomUUID(), name.toLowerCase().replace(' ', '.'), name, Set.of(roles));
    }

    private static NewNotice notice(String title) {
        return new NewNotice(title, null, false, null);
    }

    private static InvalidInputException refusal(Runnable call) {
        return catchThrowableOfType(InvalidInputException.class, call::run);
    }

    private record Auckland() implements Practice {
        @Override
        public String name() {
            return "Harbour Practice";
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Pacific/Auckland");
        }
    }
}
