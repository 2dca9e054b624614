package org.alliance.benchmarks.scheduling;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.AuditLog;
import org.alliance.api.core.ClientService;
import org.alliance.api.core.Engagement;
import org.alliance.api.core.EngagementService;
import org.alliance.api.core.EngagementStatus;
import org.alliance.api.core.Practice;
import org.alliance.api.core.Role;
import org.alliance.api.core.User;
import org.alliance.api.core.UserService;
import org.osgi.service.event.EventAdmin;

/**
 * Core's services as constant answers, so that the benchmark measures the scheduling module's
 * own work (its SQL, locks and commits). The real audit write is left out here; the REST
 * benchmark in run.sh measures the whole path.
 */
final class Stubs {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private Stubs() {
    }

    @SuppressWarnings("unchecked")
    static <T> T answering(Class<T> type, java.util.function.Function<String, Object> answer) {
        return (T) Proxy.newProxyInstance(Stubs.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> type.getSimpleName() + " stub";
                    default -> answer.apply(method.getName());
                });
    }

    static User user(UUID id) {
        return new User(id, "t" + id.toString().substring(0, 6), "Therapist", null, Set.of(Role.THERAPIST), List.of(),
                null, true, Instant.EPOCH);
    }

    static EngagementService engagements(Engagement engagement) {
        return answering(EngagementService.class, name -> engagement);
    }

    static Engagement engagement(UUID therapistId) {
        return new Engagement(UUID.randomUUID(), UUID.randomUUID(), "Client", therapistId, "cbt", EngagementStatus.ACTIVE,
                Instant.EPOCH, null, null);
    }

    static ClientService clients() {
        return answering(ClientService.class, name -> "Client");
    }

    static UserService users(UUID therapistId) {
        return answering(UserService.class, name -> user(therapistId));
    }

    static AuditLog audit() {
        return answering(AuditLog.class, name -> null);
    }

    static EventAdmin events() {
        return answering(EventAdmin.class, name -> null);
    }

    static Practice practice() {
        return answering(Practice.class, name -> name.equals("zone") ? ZONE : "Bench Practice");
    }
}
