package org.alliance.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditEntry;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditPage;
import org.alliance.api.core.AuditQuery;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.Role;
import org.alliance.core.internal.CoreFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditLogImplTest {

    private final CoreFixture core = new CoreFixture();
    private final AuditLogImpl audit = core.audit;
    private final Actor admin = new Actor(UUID.randomUUID(), "ada", "Ada", Set.of(Role.ADMIN));
    private final Actor ann = new Actor(UUID.randomUUID(), "ann", "Ann", Set.of(Role.THERAPIST));
    private final Actor ben = new Actor(UUID.randomUUID(), "ben", "Ben", Set.of(Role.THERAPIST));
    private final UUID clientA = UUID.randomUUID();
    private final UUID clientB = UUID.randomUUID();

    @AfterEach
    void dropDatabase() {
        core.close();
    }

    @Test
    void aRecordIsStoredWithTheTimeOfWriting() {
        core.clock.advance(Duration.ofMinutes(7));
        audit.record(new AuditRecord(ann, "client.read", "client", clientA, clientA, AuditOutcome.SUCCESS,
                "because", true));

        assertThat(core.auditTrail()).singleElement().satisfies(e -> {
            assertThat(e.at()).isEqualTo(CoreFixture.START.plus(Duration.ofMinutes(7)));
            assertThat(e.actorId()).isEqualTo(ann.userId());
            assertThat(e.actorName()).isEqualTo("ann");
            assertThat(e.action()).isEqualTo("client.read");
            assertThat(e.clientId()).isEqualTo(clientA);
            assertThat(e.reason()).isEqualTo("because");
            assertThat(e.flagged()).isTrue();
        });
    }

    @Test
    void aSearchForFlaggedEntriesFindsOnlyThose() {
        read(ann, clientA);
        audit.record(new AuditRecord(ann, "client.break-glass", "client", clientA, clientA, AuditOutcome.SUCCESS,
                "risk to life", true));
        read(ann, clientA);

        AuditPage page = audit.search(admin, new AuditQuery(null, null, null, null, null, 50, true));

        assertThat(page.entries()).extracting(AuditEntry::action).containsExactly("client.break-glass");
    }

    @Test
    void onlyAnAdminMaySearchAndARefusedSearchIsAudited() {
        assertThatThrownBy(() -> audit.search(ann, query(null, null, null, null, null, 50)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(core.auditTrail("audit.search")).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(ann.userId());
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    @Test
    void theSearchItselfIsAudited() {
        audit.search(admin, query(clientA, null, null, null, null, 50));

        assertThat(core.auditTrail("audit.search")).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(admin.userId());
            assertThat(e.clientId()).isEqualTo(clientA);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
    }

    @Test
    void filtersByClient() {
        read(ann, clientA);
        read(ann, clientB);
        read(ben, clientA);

        AuditPage page = audit.search(admin, query(clientA, null, null, null, null, 50));

        assertThat(page.entries()).hasSize(2).allSatisfy(e -> assertThat(e.clientId()).isEqualTo(clientA));
        assertThat(page.nextBefore()).isNull();
    }

    @Test
    void filtersByUser() {
        read(ann, clientA);
        read(ann, clientB);
        read(ben, clientA);

        AuditPage page = audit.search(admin, query(null, ben.userId(), null, null, null, 50));

        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(ben.userId());
            assertThat(e.clientId()).isEqualTo(clientA);
        });
    }

    @Test
    void filtersByTimeRangeFromInclusiveToExclusive() {
        Instant nine = CoreFixture.START;
        read(ann, clientA);                       // 09:00
        core.clock.advance(Duration.ofHours(1));
        read(ann, clientA);                       // 10:00
        core.clock.advance(Duration.ofHours(1));
        read(ann, clientA);                       // 11:00

        AuditPage page = audit.search(admin,
                query(clientA, null, nine.plus(Duration.ofHours(1)), nine.plus(Duration.ofHours(2)), null, 50));

        assertThat(page.entries()).extracting(AuditEntry::at).containsExactly(nine.plus(Duration.ofHours(1)));
    }

    @Test
    void combinesFilters() {
        read(ann, clientA);
        read(ann, clientB);
        read(ben, clientA);

        AuditPage page = audit.search(admin, query(clientA, ann.userId(), null, null, null, 50));

        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.actorId()).isEqualTo(ann.userId());
            assertThat(e.clientId()).isEqualTo(clientA);
        });
    }

    @Test
    void pagesNewestFirstWithTheBeforeCursorUntilThereIsNoNextPage() {
        for (int i = 0; i < 5; i++) {
            read(ann, clientA);
        }
        List<Long> newestFirst = new ArrayList<>(core.auditTrail().stream().map(AuditEntry::sequence).toList());
        Collections.reverse(newestFirst);

        List<Long> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        Long before = null;
        int pages = 0;
        do {
            AuditPage page = audit.search(admin, query(clientA, null, null, null, before, 2));
            page.entries().forEach(e -> seen.add(e.sequence()));
            pageSizes.add(page.entries().size());
            if (page.nextBefore() != null) {
                assertThat(page.nextBefore()).isEqualTo(page.entries().get(page.entries().size() - 1).sequence());
            }
            before = page.nextBefore();
        } while (before != null && ++pages < 10);

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void aFullLastPageHasNoNextCursor() {
        for (int i = 0; i < 4; i++) {
            read(ann, clientA);
        }

        AuditPage first = audit.search(admin, query(clientA, null, null, null, null, 2));
        AuditPage second = audit.search(admin, query(clientA, null, null, null, first.nextBefore(), 2));

        assertThat(first.nextBefore()).isNotNull();
        assertThat(second.entries()).hasSize(2);
        assertThat(second.nextBefore()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 501})
    void aLimitOutOfRangeIsRefused(int limit) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> audit.search(admin, query(null, null, null, null, null, limit)));

        assertThat(e.field()).isEqualTo("limit");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 500})
    void theLimitsOfTheRangeAreAccepted(int limit) {
        read(ann, clientA);
        read(ann, clientA);

        assertThat(audit.search(admin, query(clientA, null, null, null, null, limit)).entries()).hasSize(Math.min(limit, 2));
    }

    @Test
    void fromAfterToIsRefused() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> audit.search(admin,
                query(null, null, CoreFixture.START, CoreFixture.START.minusSeconds(1), null, 10)));

        assertThat(e.field()).isEqualTo("from");
    }

    private void read(Actor actor, UUID clientId) {
        audit.record(AuditRecord.success(actor, "client.read", "client", clientId, clientId));
    }

    private static AuditQuery query(UUID clientId, UUID userId, Instant from, Instant to, Long before, int limit) {
        return new AuditQuery(clientId, userId, from, to, before, limit, false);
    }
}
