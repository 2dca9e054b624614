package org.alliance.scheduling.internal;

import org.alliance.api.core.AccessDeniedException;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Role;

/**
 * Who may act on an appointment: the practitioners it involves (the engagement's therapist,
 * a meeting's organizer and participants), and the office (front desk and admins), who run
 * the practice's calendar. Everyone else may see only that a colleague is busy.
 */
final class Access {

    private Access() {
    }

    static boolean office(Actor actor) {
        return actor.isSystem() || actor.has(Role.FRONTDESK) || actor.has(Role.ADMIN);
    }

    static boolean mayAct(Actor actor, AppointmentRow row) {
        return office(actor) || row.involves(actor.userId());
    }

    static void requireAct(Actor actor, AppointmentRow row, String what) {
        if (!mayAct(actor, row)) {
            throw new AccessDeniedException("Only the practitioners of this appointment, the front desk and admins can "
                    + what + ".");
        }
    }
}
