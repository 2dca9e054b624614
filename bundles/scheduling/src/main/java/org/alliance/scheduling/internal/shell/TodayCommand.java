package org.alliance.scheduling.internal.shell;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Practice;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.alliance.api.scheduling.Appointment;
import org.alliance.api.scheduling.SchedulingService;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

/** {@code scheduling:today [therapist-id]}: today's appointments, as the shell user (an admin) may see them. */
@Command(scope = "scheduling", name = "today", description = "Lists today's appointments of a therapist, or of yours")
@Service
public class TodayCommand implements Action {

    @Reference
    SchedulingService scheduling;

    @Reference
    Practice practice;

    @Reference
    Session session;

    @Reference
    UserService users;

    @Argument(index = 0, name = "therapist", description = "The therapist's username or id (default: every therapist)")
    String therapist;

    @Override
    public Object execute() {
        ZoneId zone = practice.zone();
        LocalDate today = LocalDate.now(zone);
        // Act as the signed-in admin, not as the system: a sealed client stays a pseudonym here too.
        Object username = session.get("USER");
        Actor actor = users.list(Actor.system("shell:" + username)).stream()
                .filter(u -> u.username().equals(username)).findFirst().map(User::asActor)
                .orElse(null);
        if (actor == null) {
            System.out.println("The shell user '" + username + "' is not an Alliance account.");
            return null;
        }
        List<User> therapists = users.list(actor).stream()
                .filter(u -> u.active() && u.roles().stream().anyMatch(Role::treats))
                .filter(u -> therapist == null || therapist.equals(u.username()) || therapist.equals(u.id().toString()))
                .toList();
        if (therapist != null && therapists.isEmpty()) {
            System.out.println("No active therapist '" + therapist + "' (alliance:users lists them).");
            return null;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm");
        System.out.printf("%-20s %-5s %-5s %-20s %-22s %s%n", "Therapist", "From", "To", "Kind", "Client", "Status");
        List<Appointment> appointments = new java.util.ArrayList<>();
        for (User t : therapists) {
            for (Appointment a : scheduling.find(actor, t.id(), null, today.atStartOfDay(zone).toInstant(),
                    today.plusDays(1).atStartOfDay(zone).toInstant())) {
                appointments.add(a);
                System.out.printf("%-20s %-5s %-5s %-20s %-22s %s%n", t.username(), time.format(a.start().atZone(zone)),
                        time.format(a.end().atZone(zone)), a.kind(), a.clientName() == null ? "-" : a.clientName(),
                        a.status());
            }
        }
        if (appointments.isEmpty()) {
            System.out.println("No appointments today.");
        }
        return null;
    }
}
