package org.alliance.peer.internal;

import static org.alliance.support.input.Inputs.require;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Colleague;
import org.alliance.api.peer.DirectoryEntry;
import org.alliance.api.peer.Medium;
import org.alliance.api.peer.PeerEvents;
import org.alliance.api.peer.Profile;
import org.alliance.api.peer.ProfileChanges;
import org.alliance.peer.internal.store.ProfileStore;

/** Directory profiles and the directory. No client data: not audited. */
final class Profiles {

    private static final int MAX_ENTRIES = 30;
    private static final int MAX_ENTRY = 60;
    private static final int MAX_BIO = 2000;

    private final ProfileStore store;
    private final Services services;

    Profiles(ProfileStore store, Services services) {
        this.store = store;
        this.services = services;
    }

    Profile mine(Actor actor) {
        UUID me = Services.practitioner(actor);
        return named(store.find(me).orElse(empty(me)), actor.displayName());
    }

    /** The stored profile of anyone, for the service's own rules; empty and unlisted when never saved. */
    Profile of(UUID practitionerId) {
        return store.find(practitionerId).orElse(empty(practitionerId));
    }

    Profile update(Actor actor, ProfileChanges changes) {
        UUID me = Services.practitioner(actor);
        require(changes != null, "body", "is required");
        List<UUID> close = changes.closePersons() == null ? List.of() : List.copyOf(new LinkedHashSet<>(changes.closePersons()));
        require(close.size() <= MAX_ENTRIES, "closePersons", "takes at most " + MAX_ENTRIES + " people");
        require(!close.contains(me), "closePersons", "cannot name yourself");
        close.forEach(id -> services.colleague("closePersons", id));
        String bio = changes.bio() == null || changes.bio().isBlank() ? null : changes.bio().strip();
        require(bio == null || bio.length() <= MAX_BIO, "bio", "takes at most " + MAX_BIO + " characters");
        // A stream, not contains(null): immutable sets throw on a null lookup.
        require(changes.media() == null || changes.media().stream().noneMatch(Objects::isNull), "media",
                "takes IN_PERSON and VIDEO");
        Set<Medium> media = changes.media() == null || changes.media().isEmpty() ? Set.of() : EnumSet.copyOf(changes.media());
        require(!changes.listed() || !media.isEmpty(), "media", "a listed profile says IN_PERSON, VIDEO or both");
        Profile saved = new Profile(me, actor.displayName(), entries("modalities", changes.modalities(), true),
                entries("competencies", changes.competencies(), false), changes.acceptsClinicianClients(),
                entries("languages", changes.languages(), true), media, bio, changes.listed(), changes.openToSamePractice(),
                close, services.now());
        store.save(saved);
        services.post(PeerEvents.PROFILE_UPDATED, me, actor, saved.updatedAt(), Map.of());
        return saved;
    }

    List<DirectoryEntry> directory(Actor actor, String modality, Medium medium, String language) {
        Services.practitioner(actor);
        Map<UUID, Colleague> colleagues = services.colleagues();
        return store.listed().stream()
                .filter(p -> colleagues.containsKey(p.practitionerId()))
                .filter(p -> Matching.offers(p, modality, medium, language))
                .map(p -> entry(p, colleagues.get(p.practitionerId()).displayName()))
                .sorted(Comparator.comparing(DirectoryEntry::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Listed profiles of active colleagues, each with the colleague's current name and roles. */
    List<Listed> listed() {
        Map<UUID, Colleague> colleagues = services.colleagues();
        return store.listed().stream().filter(p -> colleagues.containsKey(p.practitionerId()))
                .map(p -> new Listed(named(p, colleagues.get(p.practitionerId()).displayName()), colleagues.get(p.practitionerId())))
                .toList();
    }

    record Listed(Profile profile, Colleague colleague) {
    }

    private static DirectoryEntry entry(Profile p, String name) {
        return new DirectoryEntry(p.practitionerId(), name, p.modalities(), p.competencies(), p.acceptsClinicianClients(),
                p.languages(), p.media(), p.bio());
    }

    private static Profile named(Profile p, String name) {
        return new Profile(p.practitionerId(), name, p.modalities(), p.competencies(), p.acceptsClinicianClients(),
                p.languages(), p.media(), p.bio(), p.listed(), p.openToSamePractice(), p.closePersons(), p.updatedAt());
    }

    private static Profile empty(UUID id) {
        return new Profile(id, "", List.of(), List.of(), false, List.of(), Set.of(), null, false, false, List.of(),
                (Instant) null);
    }

    /** Stripped, distinct, without commas (the storage separator); lower case where matching compares them. */
    private static List<String> entries(String field, List<String> values, boolean lowerCase) {
        if (values == null) {
            return List.of();
        }
        require(values.size() <= MAX_ENTRIES, field, "takes at most " + MAX_ENTRIES + " entries");
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            require(value != null && !value.isBlank(), field, "has an empty entry");
            String entry = value.strip();
            require(entry.length() <= MAX_ENTRY && !entry.contains(","), field,
                    "entries take at most " + MAX_ENTRY + " characters and no commas");
            result.add(lowerCase ? entry.toLowerCase(Locale.ROOT) : entry);
        }
        return new ArrayList<>(result);
    }
}
