package org.alliance.peer.internal.web;

import java.util.Set;
import org.alliance.api.core.Role;
import org.alliance.api.peer.PeerNetworkService;
import org.alliance.spi.web.DashboardCard;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * "Asked to be someone's therapist" on the home dashboard: how many colleagues' confidential
 * requests for a therapist wait for the signed-in practitioner's answer (someone is waiting for
 * care). It names nobody, since nobody is named before acceptance, and stays out of sight when
 * nothing waits. Consultations and referrals are not counted here: listing them reads client
 * data, which is audited, and a glance at the home page should not fill the audit log.
 */
@Component(service = DashboardCard.class)
public class RequestsCard implements DashboardCard {

    /** Those who can be asked: practitioners who treat. */
    static final Set<Role> ROLES = Set.of(Role.THERAPIST, Role.INTERN);

    /** The service is referenced only so the card is offered while the API behind it is up. */
    @Activate
    public RequestsCard(@Reference PeerNetworkService peers) {
    }

    @Override
    public String id() {
        return "peer.requests";
    }

    @Override
    public String title() {
        return "Asked to be someone's therapist";
    }

    @Override
    public Set<Role> roles() {
        return ROLES;
    }

    @Override
    public String script() {
        return PeerFiles.BASE + "/requests-card.js";
    }

    @Override
    public int order() {
        return 240;
    }
}
