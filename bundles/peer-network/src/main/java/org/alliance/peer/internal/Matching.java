package org.alliance.peer.internal;

import java.util.Locale;
import org.alliance.api.core.Role;
import org.alliance.api.peer.Medium;
import org.alliance.api.peer.Profile;

/** Whether a listed profile offers what a search or a therapist request asks for. Pure. */
final class Matching {

    private Matching() {
    }

    /** Modality, medium and language, each {@code null} for any. */
    static boolean offers(Profile profile, String modality, Medium medium, String language) {
        return profile.listed()
                && (modality == null || profile.modalities().contains(modality.strip().toLowerCase(Locale.ROOT)))
                && (medium == null || profile.media().contains(medium))
                && (language == null || language.isBlank()
                        || profile.languages().contains(language.strip().toLowerCase(Locale.ROOT)));
    }

    /** Could treat another practitioner at all: listed, accepts clinician-clients, holds a treating role. */
    static boolean takesClinicianClients(Profile profile, java.util.Set<Role> roles) {
        return profile.listed() && profile.acceptsClinicianClients() && roles.stream().anyMatch(Role::treats);
    }
}
