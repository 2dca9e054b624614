package org.alliance.termination.internal;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.CaseloadGrant;
import org.alliance.api.notes.NoteAccessGrant;
import org.alliance.api.notes.NoteKind;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the cover needs during a planned absence (APA 3.12, 10.09), from its first to its last
 * day: the absent therapist's active engagements and clients (through core) and their progress
 * notes, plans and measures (through notes, when installed), read-only, each read audited with
 * the absence as the reason. Psychotherapy notes stay with their author.
 */
@Component(service = {CaseloadGrant.class, NoteAccessGrant.class})
public class CoverageGrant implements CaseloadGrant, NoteAccessGrant {

    private final TerminationServiceImpl termination;

    @Activate
    public CoverageGrant(@Reference TerminationServiceImpl termination) {
        this.termination = termination;
    }

    @Override
    public Map<UUID, String> caseloadsVisibleTo(Actor reader) {
        return reader.userId() == null ? Map.of() : termination.coveredToday(reader.userId());
    }

    @Override
    public Optional<String> grant(Actor reader, UUID engagementId, UUID authorId, NoteKind kind) {
        if (kind != NoteKind.PROGRESS || reader.userId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(termination.coveredToday(reader.userId()).get(authorId));
    }
}
