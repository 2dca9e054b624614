package org.alliance.api.core;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The practice's audit log. Every module writes to it for every access to client data;
 * admins search it. Writes are durable before the method returns.
 */
@ProviderType
public interface AuditLog {

    /**
     * Appends an entry and returns once it is committed (concurrent entries share one commit). A failure
     * to audit throws: a read then returns nothing; a write has
     * already been committed and its caller gets an error (audit and change are not yet one transaction).
     */
    void record(AuditRecord record);

    /**
     * Searches the log. The search itself is audited.
     *
     * @throws AccessDeniedException unless the actor is an admin
     * @throws InvalidInputException for a limit out of range or {@code from} after {@code to}
     */
    AuditPage search(Actor actor, AuditQuery query);
}
