package org.alliance.supervision.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.CaseloadGrant;
import org.alliance.api.notes.NoteAccessGrant;
import org.alliance.api.notes.NoteKind;
import org.alliance.supervision.internal.store.RelationshipRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What a supervisor may read of a supervisee's work while a relationship is in force (least
 * privilege: no more, and not after it ends): the supervisee's caseload (core) and progress
 * notes (notes module); psychotherapy notes only where the relationship grants the
 * supervised-training exception (45 CFR 164.508(a)(2)(i)(B)). Core and notes audit every read
 * made through these grants with the reason given here. Answers from this module's own tables
 * only (names included), since core and notes ask on their request threads.
 */
@Component(service = {NoteAccessGrant.class, CaseloadGrant.class})
public class SupervisorAccess implements NoteAccessGrant, CaseloadGrant {

    private final SupervisionServiceImpl supervision;

    @Activate
    public SupervisorAccess(@Reference SupervisionServiceImpl supervision) {
        this.supervision = supervision;
    }

    @Override
    public Optional<String> grant(Actor reader, UUID engagementId, UUID authorId, NoteKind kind) {
        if (reader.userId() == null || authorId == null) {
            return Optional.empty();
        }
        return supervision.superviseesOf(reader.userId(), supervision.today()).stream()
                .filter(r -> r.superviseeId().equals(authorId))
                .filter(r -> kind == NoteKind.PROGRESS || r.psychotherapyNotes())
                .findFirst().map(r -> "supervisor of " + r.superviseeName()
                        + (kind == NoteKind.PSYCHOTHERAPY ? " under the supervised-training exception" : ""));
    }

    @Override
    public Map<UUID, String> caseloadsVisibleTo(Actor reader) {
        Map<UUID, String> visible = new LinkedHashMap<>();
        if (reader.userId() == null) {
            return visible;
        }
        for (RelationshipRow r : supervision.superviseesOf(reader.userId(), supervision.today())) {
            visible.putIfAbsent(r.superviseeId(), "supervisor of " + r.superviseeName());
        }
        return visible;
    }
}
