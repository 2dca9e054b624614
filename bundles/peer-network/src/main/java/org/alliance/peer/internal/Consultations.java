package org.alliance.peer.internal;

import static org.alliance.support.input.Inputs.require;
import static org.alliance.support.input.Inputs.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.AuditOutcome;
import org.alliance.api.core.AuditRecord;
import org.alliance.api.core.Client;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.RuleViolationException;
import org.alliance.api.notify.Message;
import org.alliance.api.peer.Consultation;
import org.alliance.api.peer.NewConsultation;
import org.alliance.api.peer.NewReply;
import org.alliance.api.peer.PeerEvents;
import org.alliance.api.peer.Reply;
import org.alliance.peer.internal.Deidentification.ClientIdentity;
import org.alliance.peer.internal.store.ConsultationStore;
import org.alliance.peer.internal.store.ConsultationStore.ConsultationRow;
import org.alliance.peer.internal.store.ConsultationStore.ReplyRow;
import org.alliance.peer.internal.store.GroupStore;

/**
 * De-identified consultation (APA 4.06). A consultation is about a client, so its creation and every
 * read are audited with the client's id; the peers never see that id.
 */
final class Consultations {

    private static final int MAX_QUESTION = 4000;
    private static final int MAX_SUMMARY = 20000;
    private static final int MAX_PEERS = 30;

    private final ConsultationStore store;
    private final GroupStore groups;
    private final ClientChecks checks;
    private final Services services;

    Consultations(ConsultationStore store, GroupStore groups, ClientChecks checks, Services services) {
        this.store = store;
        this.groups = groups;
        this.checks = checks;
        this.services = services;
    }

    Consultation consult(Actor actor, NewConsultation input) {
        UUID me = Services.practitioner(actor);
        require(input != null, "body", "is required");
        require(input.clientId() != null, "clientId", "is required");
        String question = text("question", input.question(), MAX_QUESTION);
        String summary = input.caseSummary() == null || input.caseSummary().isBlank() ? null : input.caseSummary().strip();
        require(summary == null || summary.length() <= MAX_SUMMARY, "caseSummary", "takes at most " + MAX_SUMMARY + " characters");
        Set<UUID> peers = new LinkedHashSet<>(input.peerIds() == null ? List.of() : input.peerIds());
        require(!peers.contains(null), "peerIds", "has an empty entry");
        require(peers.size() <= MAX_PEERS, "peerIds", "takes at most " + MAX_PEERS + " peers");
        require(!peers.isEmpty() || input.groupId() != null, "peerIds", "name at least one peer, or a groupId");
        peers.remove(me);
        peers.forEach(id -> services.colleague("peerIds", id));
        if (input.groupId() != null) {
            require(groups.memberIds(input.groupId()).contains(me), "groupId", "is not a group you are a member of");
        }
        Client client = checks.treatedUnsealed(actor, input.clientId(), "peer.consultation.create");
        ClientIdentity identity = new ClientIdentity(client.displayName(), client.dateOfBirth(), client.email(), client.phone(),
                client.address());
        List<String> found = new ArrayList<>(Deidentification.findings(question, identity));
        Deidentification.findings(summary, identity).stream().filter(f -> !found.contains(f)).forEach(found::add);
        if (!found.isEmpty() && !input.clientConsent()) {
            // The audit entry names the kinds found, never the identifiers.
            services.audit().record(new AuditRecord(actor, "peer.consultation.create", "client", client.id(), client.id(),
                    AuditOutcome.DENIED, "not de-identified: " + String.join(", ", found), false));
            throw new RuleViolationException("The consultation is not de-identified: it contains " + String.join(", ", found)
                    + ". Remove these, or record that the client consented to sharing them.", found);
        }
        Instant now = services.now();
        ConsultationRow row = new ConsultationRow(UUID.randomUUID(), me, client.id(), question, summary, input.groupId(),
                input.clientConsent(), now, List.copyOf(peers));
        store.insert(row);
        boolean shared = !found.isEmpty();
        services.audit().record(new AuditRecord(actor, "peer.consultation.create", "peer-consultation", row.id(), client.id(),
                AuditOutcome.SUCCESS, shared ? "shared with the client's consent: " + String.join(", ", found)
                        : input.clientConsent() ? "client consent recorded" : null, shared));
        services.post(PeerEvents.CONSULTATION_CREATED, row.id(), actor, now, Map.of());
        for (UUID reader : readers(row)) {
            if (!reader.equals(me)) {
                services.tell(reader, new Message("peer.consultation.created", "A colleague asks for consultation",
                        actor.displayName() + " asks for your consultation on a case.", "/peer/consultations/" + row.id()));
            }
        }
        return view(actor, row);
    }

    Consultation get(Actor actor, UUID id) {
        ConsultationRow row = readable(actor, id, "peer.consultation.read");
        services.audit().record(AuditRecord.success(actor, "peer.consultation.read", "peer-consultation", id, row.clientId()));
        return view(actor, row);
    }

    List<Consultation> list(Actor actor) {
        UUID me = Services.practitioner(actor);
        List<ConsultationRow> rows = store.readableBy(me);
        for (ConsultationRow row : rows) {
            services.audit().record(AuditRecord.success(actor, "peer.consultation.list", "peer-consultation", row.id(),
                    row.clientId()));
        }
        return rows.stream().map(row -> view(actor, row)).toList();
    }

    Consultation reply(Actor actor, UUID id, NewReply input) {
        ConsultationRow row = readable(actor, id, "peer.consultation.reply");
        require(input != null, "body", "is required: {\"text\": ...}");
        String text = text("text", input.text(), MAX_QUESTION);
        // Peers do not know the client, so only the kinds of identifier anyone could spot are checked.
        List<String> found = Deidentification.findings(text, new ClientIdentity(null, null, null, null, null));
        if (!found.isEmpty()) {
            throw new RuleViolationException("The reply is not de-identified: it contains " + String.join(", ", found) + ".",
                    found);
        }
        Instant now = services.now();
        store.insertReply(id, new ReplyRow(UUID.randomUUID(), actor.userId(), text, now));
        services.audit().record(AuditRecord.success(actor, "peer.consultation.reply", "peer-consultation", id, row.clientId()));
        services.post(PeerEvents.CONSULTATION_REPLIED, id, actor, now, Map.of());
        for (UUID reader : readers(row)) {
            if (!reader.equals(actor.userId())) {
                services.tell(reader, new Message("peer.consultation.replied", "A reply in a consultation",
                        actor.displayName() + " replied in a consultation.", "/peer/consultations/" + id));
            }
        }
        return view(actor, row);
    }

    private Set<UUID> readers(ConsultationRow row) {
        Set<UUID> readers = new LinkedHashSet<>();
        readers.add(row.authorId());
        readers.addAll(row.peerIds());
        if (row.groupId() != null) {
            readers.addAll(groups.memberIds(row.groupId()));
        }
        return readers;
    }

    private ConsultationRow readable(Actor actor, UUID id, String action) {
        UUID me = Services.practitioner(actor);
        ConsultationRow row = store.find(id).orElseThrow(() -> new RecordNotFoundException("consultation", id));
        if (!readers(row).contains(me)) {
            services.audit().record(new AuditRecord(actor, action, "peer-consultation", id, row.clientId(), AuditOutcome.DENIED,
                    null, false));
            throw new RecordNotFoundException("consultation", id);
        }
        return row;
    }

    private Consultation view(Actor actor, ConsultationRow row) {
        boolean author = row.authorId().equals(actor.userId());
        List<Reply> replies = store.replies(row.id()).stream()
                .map(r -> new Reply(r.id(), r.authorId(), services.nameOf(r.authorId()), r.text(), r.createdAt())).toList();
        return new Consultation(row.id(), row.authorId(), services.nameOf(row.authorId()), author ? row.clientId() : null,
                row.question(), row.summary(), row.peerIds(), row.groupId(), row.clientConsent(), row.createdAt(), replies);
    }
}
