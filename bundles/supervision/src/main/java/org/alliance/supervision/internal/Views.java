package org.alliance.supervision.internal;

import org.alliance.api.supervision.Relationship;
import org.alliance.supervision.internal.store.RelationshipRow;

/** Stored rows as readers see them. */
final class Views {

    private Views() {
    }

    static Relationship relationship(RelationshipRow r) {
        return new Relationship(r.id(), r.supervisorId(), r.supervisorName(), r.superviseeId(), r.superviseeName(),
                r.cosignMode(), r.ruleSetId(), r.start(), r.end(), r.consentRecordedAt(),
                r.scope(), r.psychotherapyNotes(), r.createdAt(), r.createdBy());
    }
}
