package org.alliance.peer.internal;

import static org.alliance.support.input.Inputs.require;
import static org.alliance.support.input.Inputs.text;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.Client;
import org.alliance.api.core.Colleague;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.NewEngagement;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.Role;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.notify.Message;
import org.alliance.api.peer.NewReferral;
import org.alliance.api.peer.PeerEvents;
import org.alliance.api.peer.Referral;
import org.alliance.api.peer.ReferralStatus;
import org.alliance.api.termination.Plan;
import org.alliance.api.termination.PlanStatus;
import org.alliance.api.termination.TerminationService;
import org.alliance.peer.internal.store.ReferralStore;
import org.alliance.peer.internal.store.ReferralStore.ReferralRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Referrals between peers, with the client's consent. The receiving peer learns the client's name
 * only by accepting (they treat the client from then on); before that they see the referrer and the
 * reason, which the referrer writes for them.
 */
final class Referrals {

    private static final Logger LOG = LoggerFactory.getLogger(Referrals.class);
    static final String NO_CONSENT = "the client's consent to the referral is not recorded";

    private final ReferralStore store;
    private final ClientChecks checks;
    private final Services services;

    Referrals(ReferralStore store, ClientChecks checks, Services services) {
        this.store = store;
        this.checks = checks;
        this.services = services;
    }

    Referral refer(Actor actor, NewReferral input) {
        UUID me = Services.practitioner(actor);
        require(input != null, "body", "is required: {\"clientId\", \"toPractitionerId\", \"reason\", \"clientConsent\"}");
        require(input.clientId() != null, "clientId", "is required");
        Colleague to = services.colleague("toPractitionerId", input.toPractitionerId());
        require(!to.id().equals(me), "toPractitionerId", "is yourself");
        require(to.roles().stream().anyMatch(Role::treats), "toPractitionerId", to.displayName() + " does not treat clients");
        String reason = text("reason", input.reason(), 4000);
        Client client = checks.treatedUnsealed(actor, input.clientId(), "peer.referral.create");
        Engagement from = checks.activeEngagement(actor, client.id());
        if (from == null) {
            throw new ConflictException("You refer a client from an active engagement; this client's engagement with you has ended.");
        }
        if (!input.clientConsent()) {
            services.audit().record(new AuditRecord(actor, "peer.referral.create", "client", client.id(), client.id(),
                    AuditOutcome.DENIED, "no client consent", false));
            throw new RuleViolationException("A referral needs the client's consent: record it first.", List.of(NO_CONSENT));
        }
        // The peer reads the reason before deciding, when they may not learn who the client is yet.
        List<String> found = Deidentification.findings(reason, new Deidentification.ClientIdentity(client.displayName(),
                client.dateOfBirth(), client.email(), client.phone(), client.address()));
        if (!found.isEmpty()) {
            services.audit().record(new AuditRecord(actor, "peer.referral.create", "client", client.id(), client.id(),
                    AuditOutcome.DENIED, "reason not de-identified: " + String.join(", ", found), false));
            throw new RuleViolationException("The peer reads the reason before accepting, so it must not identify the client: "
                    + "it contains " + String.join(", ", found) + ". They learn who the client is when they accept.", found);
        }
        ReferralRow row = new ReferralRow(UUID.randomUUID(), client.id(), from.id(), me, to.id(), reason, ReferralStatus.PENDING,
                services.now(), null, null);
        store.insert(row);
        services.audit().record(new AuditRecord(actor, "peer.referral.create", "peer-referral", row.id(), client.id(),
                AuditOutcome.SUCCESS, "client consent recorded", false));
        services.post(PeerEvents.REFERRAL_CREATED, row.id(), actor, row.createdAt(), Map.of());
        services.tell(to.id(), new Message("peer.referral.created", "A referral for you",
                actor.displayName() + " would like to refer a client to you.", "/peer/referrals"));
        return view(actor, row);
    }

    List<Referral> list(Actor actor) {
        UUID me = Services.practitioner(actor);
        List<ReferralRow> rows = store.involving(me);
        for (ReferralRow row : rows) {
            if (showsClient(actor, row)) {
                services.audit().record(AuditRecord.success(actor, "peer.referral.list", "peer-referral", row.id(), row.clientId()));
            }
        }
        return rows.stream().map(row -> view(actor, row)).toList();
    }

    /**
     * Opens the client's engagement with the receiving peer as the system actor: core lets the office
     * open an engagement for any treating practitioner, and the receiver does not know the client yet.
     * The new engagement keeps the referring engagement's modality.
     */
    Referral accept(Actor actor, UUID id) {
        ReferralRow row = received(actor, id);
        Instant now = services.now();
        if (!store.answer(id, ReferralStatus.ACCEPTED, now)) {
            throw new ConflictException("This referral has been answered already.");
        }
        Engagement created;
        try {
            Engagement from = services.engagements().get(Services.SYSTEM, row.fromEngagementId());
            created = services.engagements().create(Services.SYSTEM, new NewEngagement(row.clientId(), row.toId(),
                    from.modality()));
        } catch (RuntimeException e) {
            store.reopen(id);
            throw e;
        }
        store.setEngagement(id, created.id());
        services.audit().record(AuditRecord.success(actor, "peer.referral.accept", "peer-referral", id, row.clientId()));
        linkToTerminationPlan(row, actor);
        services.post(PeerEvents.REFERRAL_ACCEPTED, id, actor, now, Map.of("engagementId", created.id().toString()));
        services.tell(row.fromId(), new Message("peer.referral.accepted", "Your referral was accepted",
                actor.displayName() + " accepted your referral.", "/peer/referrals"));
        return view(actor, store.find(id).orElseThrow());
    }

    Referral decline(Actor actor, UUID id) {
        ReferralRow row = received(actor, id);
        Instant now = services.now();
        if (!store.answer(id, ReferralStatus.DECLINED, now)) {
            throw new ConflictException("This referral has been answered already.");
        }
        services.audit().record(AuditRecord.success(actor, "peer.referral.decline", "peer-referral", id, row.clientId()));
        services.post(PeerEvents.REFERRAL_DECLINED, id, actor, now, Map.of());
        services.tell(row.fromId(), new Message("peer.referral.declined", "Your referral was declined",
                actor.displayName() + " declined your referral.", "/peer/referrals"));
        return view(actor, store.find(id).orElseThrow());
    }

    /**
     * With termination installed, records the accepted peer as a referral on the open plan of the
     * referring engagement, in the referring therapist's name (the plan is theirs; termination lets only
     * the treating practitioner add to it). A failure here does not undo the acceptance: it is logged.
     */
    private void linkToTerminationPlan(ReferralRow row, Actor receiver) {
        TerminationService termination = services.termination().get();
        if (termination == null) {
            return;
        }
        try {
            Actor referrer = services.users().get(Services.SYSTEM, row.fromId()).asActor();
            for (Plan plan : termination.forEngagement(referrer, row.fromEngagementId())) {
                if (plan.status() != PlanStatus.CLOSED) {
                    termination.addReferral(referrer, plan.id(), new org.alliance.api.termination.NewReferral(
                            receiver.displayName(), "through the Alliance peer network", row.toId()));
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Peer referral {} was accepted but could not be added to the termination plan: {}", row.id(), e.toString());
        }
    }

    private ReferralRow received(Actor actor, UUID id) {
        UUID me = Services.practitioner(actor);
        return store.find(id).filter(r -> r.toId().equals(me)).orElseThrow(() -> new RecordNotFoundException("referral", id));
    }

    /** The referrer always sees the client; the receiver once they accepted (they treat the client then). */
    private static boolean showsClient(Actor actor, ReferralRow row) {
        return row.fromId().equals(actor.userId()) || row.status() == ReferralStatus.ACCEPTED;
    }

    private Referral view(Actor actor, ReferralRow row) {
        boolean shows = showsClient(actor, row);
        String clientName = null;
        if (shows) {
            try {
                clientName = services.clients().visibleName(actor, row.clientId());
            } catch (RecordNotFoundException e) {
                shows = false; // access ended (e.g. the receiver's engagement was handed on): show no client at all
            }
        }
        return new Referral(row.id(), shows ? row.clientId() : null, clientName, row.fromId(), services.nameOf(row.fromId()),
                row.toId(), services.nameOf(row.toId()), row.reason(), row.status(), row.createdAt(), row.answeredAt(),
                row.engagementId());
    }
}
