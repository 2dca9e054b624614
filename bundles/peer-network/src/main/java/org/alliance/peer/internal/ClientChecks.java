package org.alliance.peer.internal;

import java.util.List;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.Client;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.RuleViolationException;

/**
 * The client checks consultations and referrals share: the actor treats the client, and the client
 * is not a sealed clinician-client. Refusals never echo the client's id or name.
 */
final class ClientChecks {

    static final String SEALED = "a clinician-client's case is not shared through the peer network";

    private final Services services;

    ClientChecks(Services services) {
        this.services = services;
    }

    /** The client as the actor's treating view, refusing a sealed one (422) and one they do not treat (404). */
    Client treatedUnsealed(Actor actor, UUID clientId, String action) {
        Client client;
        try {
            client = services.clients().get(actor, clientId);
        } catch (RecordNotFoundException e) {
            throw notTreated();
        }
        if (client.clinicianClient()) {
            services.audit().record(new AuditRecord(actor, action, "client", clientId, clientId, AuditOutcome.DENIED,
                    "clinician-client", false));
            throw new RuleViolationException("A clinician-client's case is not shared through the peer network.",
                    List.of(SEALED));
        }
        if (activeEngagement(actor, clientId) == null && !treated(actor, clientId)) {
            services.audit().record(new AuditRecord(actor, action, "client", clientId, clientId, AuditOutcome.DENIED, null,
                    false));
            throw notTreated();
        }
        return client;
    }

    /** The actor's active engagement with the client, or {@code null}. */
    Engagement activeEngagement(Actor actor, UUID clientId) {
        return services.engagements().list(actor, clientId, actor.userId()).stream()
                .filter(e -> e.status() == EngagementStatus.ACTIVE && actor.userId().equals(e.therapistId()))
                .findFirst().orElse(null);
    }

    private boolean treated(Actor actor, UUID clientId) {
        return services.engagements().list(actor, clientId, actor.userId()).stream()
                .anyMatch(e -> actor.userId().equals(e.therapistId()));
    }

    static RecordNotFoundException notTreated() {
        return new RecordNotFoundException("There is no client you treat with that id.");
    }
}
