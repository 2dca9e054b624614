package org.alliance.api.core;

import java.util.List;

/**
 * One page of audit entries.
 *
 * @param nextBefore the cursor for the next page, or {@code null} when this is the last
 */
public record AuditPage(List<AuditEntry> entries, Long nextBefore) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
