package org.alliance.examples.noticeboard.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The noticeboard's rules: what a valid notice is, who may post and archive one, and which
 * notices are current. The REST resource is only a way in; every rule lives here.
 *
 * <ul>
 * <li>Every signed-in user reads the current notices: not archived, and not past their expiry
 * day in the practice's time zone. Pinned ones come first, then the newest.</li>
 * <li>Therapists, front desk and admins post.</li>
 * <li>The author or an admin archives. Notices are never deleted, so the board keeps its history.</li>
 * </ul>
 *
 * <p>No audit entries: Alliance audits every read and write of client data, and the board holds
 * none. It is read by all staff, so the page tells authors never to name clients.
 */
@Component(service = NoticeBoard.class)
public class NoticeBoard {

    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 4000;
    static final int LIMIT_MAX = 100;
    private static final Set<Role> AUTHORS = EnumSet.of(Role.ADMIN, Role.FRONTDESK, Role.THERAPIST);

    private final NoticeRepository repository;
    private final Practice practice;
    private final Clock clock;

    /**
     * The {@code ModuleSchema} reference is unused in the body on purpose: core registers it
     * only once {@code MOD_NOTICEBOARD} is migrated, so the board (and everything that needs it)
     * starts only when its table exists.
     */
    @Activate
    public NoticeBoard(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=MOD_NOTICEBOARD)") ModuleSchema schema,
            @Reference Practice practice) {
        this(dataSource, practice, Clock.systemUTC());
    }

    /** For tests: an explicit clock. Package-private, so SCR sees only the constructor above. */
    NoticeBoard(DataSource dataSource, Practice practice, Clock clock) {
        this.repository = new NoticeRepository(dataSource);
        this.practice = practice;
        this.clock = clock;
    }

    /**
     * The current notices, pinned first, then newest first.
     *
     * @param limit at most this many, 1 to {@value #LIMIT_MAX}; {@code null} for all
     * @throws InvalidInputException when {@code limit} is out of range
     */
    public List<Notice> current(Actor actor, Integer limit) {
        Objects.requireNonNull(actor, "actor");
        if (limit != null && (limit < 1 || limit > LIMIT_MAX)) {
            throw new InvalidInputException("limit", "must be between 1 and " + LIMIT_MAX);
        }
        return repository.current(today(), limit == null ? Integer.MAX_VALUE : limit).stream()
                .map(row -> asSeenBy(actor, row)).toList();
    }

    /**
     * Posts a notice in the actor's name.
     *
     * @throws AccessDeniedException when the actor is not a therapist, front desk or admin
     * @throws InvalidInputException naming the field that breaks a rule
     */
    public Notice post(Actor actor, NewNotice input) {
        if (actor.roles().stream().noneMatch(AUTHORS::contains)) {
            throw new AccessDeniedException("Only therapists, front desk and admins can post notices.");
        }
        if (input == null) {
            throw new InvalidInputException(null, "send the notice as JSON with a title");
        }
        String title = text("title", input.title(), TITLE_MAX);
        if (title == null) {
            throw new InvalidInputException("title", "is required");
        }
        String body = text("body", input.body(), BODY_MAX);
        if (input.expiresOn() != null && input.expiresOn().isBefore(today())) {
            throw new InvalidInputException("expiresOn", "is in the past; choose today or a later day,"
                    + " or leave it empty to keep the notice until it is archived");
        }
        NoticeRow row = new NoticeRow(UUID.randomUUID(), title, body, actor.userId(), actor.displayName(),
                now(), input.pinned(), input.expiresOn(), null, null);
        repository.insert(row);
        return asSeenBy(actor, row);
    }

    /**
     * Takes a notice off the board. It stays stored, stamped with who archived it and when.
     *
     * @throws RecordNotFoundException when there is no such notice
     * @throws AccessDeniedException   when the actor is neither its author nor an admin
     * @throws ConflictException       when it is already archived
     */
    public Notice archive(Actor actor, UUID noticeId) {
        NoticeRow row = repository.find(noticeId).orElseThrow(() -> new RecordNotFoundException("notice", noticeId));
        if (!mayArchive(actor, row)) {
            throw new AccessDeniedException("Only the author of a notice or an admin can archive it.");
        }
        if (row.archived() || !repository.archive(noticeId, now(), actor.userId())) {
            throw new ConflictException("This notice has already been archived.");
        }
        return asSeenBy(actor, repository.find(noticeId).orElseThrow());
    }

    /** Microseconds, as the database keeps them: the notice we answer with equals the one read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private LocalDate today() {
        // Read on every call: the practice's time zone can change in the console while we run.
        return LocalDate.ofInstant(clock.instant(), practice.zone());
    }

    private static boolean mayArchive(Actor actor, NoticeRow row) {
        return actor.has(Role.ADMIN) || (actor.userId() != null && actor.userId().equals(row.authorId()));
    }

    private static Notice asSeenBy(Actor actor, NoticeRow row) {
        return new Notice(row.id(), row.title(), row.body(), row.authorId(), row.authorName(), row.createdAt(),
                row.pinned(), row.expiresOn(), row.archivedAt(), row.archivedBy(), !row.archived() && mayArchive(actor, row));
    }

    /** A trimmed text of at most {@code max} characters; blank is {@code null}. */
    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
        return trimmed;
    }
}
