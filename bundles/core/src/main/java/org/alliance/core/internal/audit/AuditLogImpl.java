package org.alliance.core.internal.audit;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditEntry;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditPage;
import org.alliance.api.core.AuditQuery;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.ModuleSchema;
import org.alliance.api.core.Role;
import org.alliance.core.internal.db.Jdbc;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** The audit log in {@code CORE.AUDIT_EVENT}. Every write is committed before the caller continues. */
@Component(service = {AuditLog.class, AuditLogImpl.class})
public class AuditLogImpl implements AuditLog, AutoCloseable {

    public static final int MAX_PAGE = 500;

    private final AuditRepository repository;
    private final AuditWriter writer;

    @Activate
    public AuditLogImpl(@Reference(target = "(dataSourceName=alliance)") DataSource dataSource,
            @Reference(target = "(alliance.schema=CORE)") ModuleSchema schema) {
        this(new Jdbc(dataSource), Clock.systemUTC());
    }

    /** Builds the service outside OSGi, on an explicit connection helper and clock (tests, tools). */
    public static AuditLogImpl using(Jdbc jdbc, Clock clock) {
        return new AuditLogImpl(jdbc, clock);
    }

    AuditLogImpl(Jdbc jdbc, Clock clock) {
        this.repository = new AuditRepository(jdbc);
        this.writer = new AuditWriter(repository, clock);
    }

    /** Writes what was handed over and stops the writer. */
    @Deactivate
    @Override
    public void close() {
        writer.close();
    }

    @Override
    public void record(AuditRecord record) {
        writer.write(List.of(record));
    }

    /** Records several entries in one transaction, e.g. one per client shown by a list. */
    public void recordAll(List<AuditRecord> records) {
        if (!records.isEmpty()) {
            writer.write(records);
        }
    }

    @Override
    public AuditPage search(Actor actor, AuditQuery query) {
        AuditRecord audit = AuditRecord.success(actor, "audit.search", "audit", null, query.clientId());
        if (!actor.has(Role.ADMIN)) {
            record(audit.withOutcome(AuditOutcome.DENIED));
            throw new AccessDeniedException("Only admins can search the audit log.");
        }
        if (query.limit() < 1 || query.limit() > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw new InvalidInputException("from", "must not be after 'to'");
        }
        List<AuditEntry> rows = repository.search(query);
        record(audit);
        boolean more = rows.size() > query.limit();
        List<AuditEntry> page = more ? rows.subList(0, query.limit()) : rows;
        return new AuditPage(page, more ? page.get(page.size() - 1).sequence() : null);
    }
}
