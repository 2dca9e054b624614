package org.alliance.notes.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Services of one kind from a dynamic reference, kept in service ranking order (highest first,
 * then the earliest registered), safe to iterate while plugins come and go.
 */
final class RankedServices<T> {

    private record Ranked<T>(T service, int ranking, long serviceId) {
    }

    private final List<Ranked<T>> services = new CopyOnWriteArrayList<>();

    synchronized void add(T service, Map<String, Object> props) {
        int ranking = props.get("service.ranking") instanceof Integer r ? r : 0;
        long id = props.get("service.id") instanceof Long l ? l : Long.MAX_VALUE;
        services.add(new Ranked<>(service, ranking, id));
        services.sort(Comparator.<Ranked<T>>comparingInt(r -> -r.ranking()).thenComparingLong(Ranked::serviceId));
    }

    void remove(T service) {
        services.removeIf(r -> r.service() == service);
    }

    /** A snapshot, highest ranking first. */
    List<T> inOrder() {
        return services.stream().map(Ranked::service).toList();
    }
}
