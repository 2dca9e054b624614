package org.alliance.peer.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.peer.PeerNetworkService;
import org.alliance.spi.web.WebPage;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The peer network at {@code /peer}: what waits for the signed-in practitioner, and below it
 * {@code /peer/profile} (their directory profile and the private list of people close to them),
 * {@code /peer/directory}, {@code /peer/therapist} (finding their own therapist, confidentially),
 * {@code /peer/requests} (requests to be someone's therapist), {@code /peer/consultations[/<id>]},
 * {@code /peer/groups[/<id>]} and {@code /peer/referrals}.
 */
@Component(service = WebPage.class)
public class PeerPage implements WebPage {

    /** Practitioners: those who treat, and supervisors. Admins and the front desk have no peer work. */
    static final Set<Role> ROLES = Set.of(Role.THERAPIST, Role.INTERN, Role.SUPERVISOR);

    /** The service is referenced only so the page is offered while the API behind it is up. */
    @Activate
    public PeerPage(@Reference PeerNetworkService peers) {
    }

    @Override
    public String id() {
        return "peer";
    }

    @Override
    public String title() {
        return "Peer network";
    }

    @Override
    public String path() {
        return "/peer";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String script() {
        return PeerFiles.BASE + "/peer-page.js";
    }

    @Override
    public int order() {
        return 270;
    }
}
