package org.alliance.peer.internal;

import static org.alliance.support.input.Inputs.require;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Client;
import org.alliance.api.core.ConflictException;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.InvalidInputException;
import org.alliance.api.core.NewClient;
import org.alliance.api.core.NewEngagement;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.User;
import org.alliance.api.notify.Message;
import org.alliance.api.peer.IncomingRequest;
import org.alliance.api.peer.Match;
import org.alliance.api.peer.NewTherapistRequest;
import org.alliance.api.peer.PeerEvents;
import org.alliance.api.peer.TherapistRequest;
import org.alliance.api.peer.TherapistRequestStatus;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.SupervisionService;
import org.alliance.peer.internal.store.GroupStore;
import org.alliance.peer.internal.store.RequestStore;
import org.alliance.peer.internal.store.RequestStore.AskRow;
import org.alliance.peer.internal.store.RequestStore.RequestRow;

/**
 * The confidential search for one's own therapist. Nothing about a request is audited or announced
 * with the asker's identity: the asked practitioner learns who asked only by accepting, and the
 * asker's clinician-client record (created in core on acceptance) is sealed.
 */
final class TherapistRequests {

    private static final String ACCEPTED = "ACCEPTED";
    private static final String DECLINED = "DECLINED";

    private final RequestStore store;
    private final GroupStore groups;
    private final Profiles profiles;
    private final Services services;

    TherapistRequests(RequestStore store, GroupStore groups, Profiles profiles, Services services) {
        this.store = store;
        this.groups = groups;
        this.profiles = profiles;
        this.services = services;
    }

    TherapistRequest open(Actor actor, NewTherapistRequest input) {
        UUID me = Services.practitioner(actor);
        require(input != null, "body", "is required: {\"modality\": ..., \"medium\": ..., \"language\": ...}");
        require(input.modality() != null && input.modality().strip().matches("[a-zA-Z0-9-]{1,40}"), "modality",
                "is required: a modality id such as cbt");
        require(input.medium() != null, "medium", "is required: IN_PERSON or VIDEO");
        String language = input.language() == null || input.language().isBlank() ? null
                : input.language().strip().toLowerCase(Locale.ROOT);
        require(language == null || language.length() <= 40, "language", "takes at most 40 characters");
        RequestRow row = new RequestRow(UUID.randomUUID(), me, input.modality().strip().toLowerCase(Locale.ROOT),
                input.medium(), language, services.now(), null, false);
        store.insert(row);
        return view(actor, row);
    }

    List<TherapistRequest> mine(Actor actor) {
        UUID me = Services.practitioner(actor);
        return store.byAsker(me).stream().map(row -> view(actor, row)).toList();
    }

    TherapistRequest ask(Actor actor, UUID requestId, UUID practitionerId) {
        RequestRow row = own(actor, requestId);
        require(practitionerId != null, "practitionerId", "is required");
        if (row.accepted()) {
            throw new ConflictException("This request was accepted; open a new one to look again.");
        }
        if (row.pendingAsk() != null) {
            throw new ConflictException("Someone is being asked already; wait for their answer before asking another.");
        }
        if (matches(actor, row).stream().noneMatch(m -> m.practitionerId().equals(practitionerId))) {
            // Deliberately no reason: whether they were excluded, declined or are simply not listed stays unsaid.
            throw new InvalidInputException("practitionerId", "is not among this request's matches");
        }
        Instant now = services.now();
        if (!store.ask(requestId, practitionerId, now)) {
            throw new ConflictException("Someone is being asked already; wait for their answer before asking another.");
        }
        services.post(PeerEvents.THERAPIST_REQUEST_ASKED, requestId, null, now, Map.of());
        services.tell(practitionerId, new Message("peer.therapist-request.asked", "A colleague is looking for a therapist",
                "A practitioner asks whether you could be their therapist (" + row.modality() + ", " + medium(row) + "). "
                        + "You will learn who it is only if you accept.", "/peer/requests"));
        return view(actor, store.find(requestId).orElseThrow());
    }

    List<IncomingRequest> incoming(Actor actor) {
        UUID me = Services.practitioner(actor);
        return store.asksOf(me).stream().map(ask -> incomingView(store.find(ask.requestId()).orElseThrow(), ask)).toList();
    }

    /**
     * Creates the asker's sealed clinician-client record and the engagement as the accepting
     * practitioner: core lets a therapist register a client and open an engagement for themself with
     * a client they registered. If core refuses (e.g. the practice refuses engagements outside declared
     * competence), the acceptance is undone so the practitioner can still decline.
     */
    IncomingRequest accept(Actor actor, UUID requestId) {
        AskRow ask = askedOf(actor, requestId);
        RequestRow row = store.find(requestId).orElseThrow();
        Instant now = services.now();
        if (!store.answer(requestId, ask.practitionerId(), ACCEPTED, now)) {
            throw new ConflictException("You have answered this request already.");
        }
        Engagement engagement;
        try {
            User asker = services.users().get(Services.SYSTEM, row.askerId());
            Client client = services.clients().create(actor, new NewClient(asker.displayName(), null, asker.email(), null,
                    null, true, asker.id()));
            engagement = services.engagements().create(actor, new NewEngagement(client.id(), actor.userId(), row.modality()));
        } catch (RuntimeException e) {
            store.reopen(requestId, ask.practitionerId());
            throw e;
        }
        store.setEngagement(requestId, ask.practitionerId(), engagement.id());
        services.post(PeerEvents.THERAPIST_REQUEST_ACCEPTED, requestId, null, now, Map.of());
        services.tell(row.askerId(), new Message("peer.therapist-request.accepted", "Your request for a therapist was accepted",
                services.nameOf(ask.practitionerId()) + " accepted your request and will contact you.", "/peer/find-a-therapist"));
        return incomingView(store.find(requestId).orElseThrow(), store.ask(requestId, ask.practitionerId()).orElseThrow());
    }

    IncomingRequest decline(Actor actor, UUID requestId) {
        AskRow ask = askedOf(actor, requestId);
        Instant now = services.now();
        if (!store.answer(requestId, ask.practitionerId(), DECLINED, now)) {
            throw new ConflictException("You have answered this request already.");
        }
        RequestRow row = store.find(requestId).orElseThrow();
        services.post(PeerEvents.THERAPIST_REQUEST_DECLINED, requestId, null, now, Map.of());
        services.tell(row.askerId(), new Message("peer.therapist-request.declined", "Your request for a therapist was declined",
                "The practitioner you asked declined. You can ask another of your matches.", "/peer/find-a-therapist"));
        return incomingView(row, store.ask(requestId, ask.practitionerId()).orElseThrow());
    }

    /** The request's current matches: who could treat the asker, minus conflicts and those already asked. */
    List<Match> matches(Actor asker, RequestRow row) {
        if (row.accepted()) {
            return List.of();
        }
        Set<UUID> alreadyAsked = new HashSet<>();
        store.asks(row.id()).forEach(a -> alreadyAsked.add(a.practitionerId()));
        var askerProfile = profiles.of(row.askerId());
        Exclusions.Asker facts = new Exclusions.Asker(row.askerId(), askerProfile.openToSamePractice(),
                supervisionParties(asker, row.askerId()), groups.peersOf(row.askerId()), askerProfile.closePersons());
        return profiles.listed().stream()
                .filter(l -> Matching.takesClinicianClients(l.profile(), l.colleague().roles()))
                .filter(l -> Matching.offers(l.profile(), row.modality(), row.medium(), row.language()))
                .filter(l -> !alreadyAsked.contains(l.colleague().id()))
                // every account of this installation is the same practice; a federated directory would say otherwise
                .filter(l -> !Exclusions.excluded(facts, new Exclusions.Candidate(l.colleague().id(), l.colleague().roles(),
                        l.profile().openToSamePractice(), true), services.engagements()::treatsOrTreated))
                .map(l -> new Match(l.colleague().id(), l.colleague().displayName(), l.profile().modalities()))
                .sorted(Comparator.comparing(Match::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Everyone who is or was the asker's supervisor or supervisee; none without the supervision module. */
    private Set<UUID> supervisionParties(Actor asker, UUID askerId) {
        SupervisionService supervision = services.supervision().get();
        Set<UUID> parties = new HashSet<>();
        if (supervision != null) {
            for (Relationship r : supervision.relationships(asker, askerId, null)) {
                parties.add(r.supervisorId());
            }
            for (Relationship r : supervision.relationships(asker, null, askerId)) {
                parties.add(r.superviseeId());
            }
        }
        return parties;
    }

    private TherapistRequest view(Actor asker, RequestRow row) {
        List<AskRow> asks = store.asks(row.id());
        AskRow last = asks.isEmpty() ? null : asks.get(asks.size() - 1);
        TherapistRequestStatus status = last == null ? TherapistRequestStatus.OPEN
                : last.answer() == null ? TherapistRequestStatus.ASKED
                : ACCEPTED.equals(last.answer()) ? TherapistRequestStatus.ACCEPTED : TherapistRequestStatus.DECLINED;
        return new TherapistRequest(row.id(), row.modality(), row.medium(), row.language(), status, row.createdAt(),
                status == TherapistRequestStatus.ASKED ? List.of() : matches(asker, row),
                last == null ? null : last.practitionerId(), last == null ? null : services.nameOf(last.practitionerId()));
    }

    private IncomingRequest incomingView(RequestRow row, AskRow ask) {
        boolean accepted = ACCEPTED.equals(ask.answer());
        TherapistRequestStatus status = ask.answer() == null ? TherapistRequestStatus.ASKED
                : accepted ? TherapistRequestStatus.ACCEPTED : TherapistRequestStatus.DECLINED;
        return new IncomingRequest(row.id(), row.modality(), row.medium(), row.language(), ask.askedAt(), status,
                ask.answeredAt(), accepted ? row.askerId() : null, accepted ? services.nameOf(row.askerId()) : null,
                accepted ? ask.engagementId() : null);
    }

    private RequestRow own(Actor actor, UUID requestId) {
        UUID me = Services.practitioner(actor);
        return store.find(requestId).filter(r -> r.askerId().equals(me))
                .orElseThrow(() -> new RecordNotFoundException("therapist request", requestId));
    }

    private AskRow askedOf(Actor actor, UUID requestId) {
        UUID me = Services.practitioner(actor);
        return store.ask(requestId, me).orElseThrow(() -> new RecordNotFoundException("therapist request", requestId));
    }

    private static String medium(RequestRow row) {
        return row.medium() == org.alliance.api.peer.Medium.VIDEO ? "by video" : "in person";
    }
}
