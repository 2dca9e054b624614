package org.alliance.core.internal.modalities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.alliance.api.core.ModalityCatalog;
import org.alliance.api.core.ModalityInfo;
import org.alliance.spi.modality.Modality;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks every {@link Modality} service and answers from them on each call, so a plugin shows
 * or disappears as soon as its service does. Services are kept by service id in a concurrent
 * map (bind and unbind run on the framework's threads while requests read). When two services
 * claim one id the highest ranking wins, then the lowest service id, as for any OSGi service.
 *
 * <p>A plugin is third-party code: a service without a valid id is ignored, and one whose methods
 * throw or answer nonsense is left out of that answer, never failing the whole list. Its failure
 * is logged at WARN when it first happens or changes, not on every call (the web app asks often).
 */
@Component(service = ModalityCatalog.class)
public class ModalityCatalogImpl implements ModalityCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ModalityCatalogImpl.class);

    /** The same rule as the SPI's ids: lower case letters, digits and hyphens, starting with a letter. */
    static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    /** One tracked service with what the ordering and the answer need from its registration. */
    private record Registration(long serviceId, String modalityId, int ranking, String plugin, Modality service) {

        /** Higher ranking first, then the older service (lower id). */
        static final Comparator<Registration> PREFERRED = Comparator.comparingInt(Registration::ranking).reversed()
                .thenComparingLong(Registration::serviceId);
    }

    private final Map<Long, Registration> registrations = new ConcurrentHashMap<>();
    /** The last failure logged per service, so a broken plugin logs once per kind of failure. */
    private final Map<Long, String> lastFailure = new ConcurrentHashMap<>();

    @Reference(service = Modality.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeModality", updated = "updatedModality")
    void addModality(ServiceReference<Modality> reference, Modality service) {
        long serviceId = serviceId(reference);
        Object id = reference.getProperty(Modality.ID_PROPERTY);
        if (!(id instanceof String text) || !ID.matcher(text).matches()) {
            registrations.remove(serviceId);
            LOG.warn("Ignoring a modality service of bundle {}: its {} property is {}; it must be lower case letters, "
                    + "digits and hyphens, starting with a letter (at most 64), e.g. @ModalityId(\"cbt\")",
                    plugin(reference), Modality.ID_PROPERTY, id == null ? "missing" : "'" + id + "'");
            return;
        }
        registrations.put(serviceId, new Registration(serviceId, text, ranking(reference), plugin(reference), service));
    }

    void updatedModality(ServiceReference<Modality> reference, Modality service) {
        addModality(reference, service);
    }

    void removeModality(ServiceReference<Modality> reference) {
        long serviceId = serviceId(reference);
        registrations.remove(serviceId);
        lastFailure.remove(serviceId);
    }

    @Override
    public List<ModalityInfo> installed() {
        List<ModalityInfo> installed = new ArrayList<>();
        for (Registration winner : winners().values()) {
            describe(winner).ifPresent(installed::add);
        }
        installed.sort(Comparator.comparing((ModalityInfo m) -> m.name().toLowerCase(Locale.ROOT))
                .thenComparing(ModalityInfo::id));
        return installed;
    }

    @Override
    public Optional<ModalityInfo> find(String modalityId) {
        if (modalityId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(winners().get(modalityId)).flatMap(this::describe);
    }

    /** The preferred registration of each id. */
    private Map<String, Registration> winners() {
        Map<String, Registration> winners = new HashMap<>();
        for (Registration r : registrations.values()) {
            winners.merge(r.modalityId(), r, (a, b) -> Registration.PREFERRED.compare(a, b) <= 0 ? a : b);
        }
        return winners;
    }

    /** Asks the plugin; empty (and logged) when it throws or answers what the contract forbids. */
    private Optional<ModalityInfo> describe(Registration r) {
        try {
            Modality m = r.service();
            String name = m.name();
            if (name == null || name.isBlank()) {
                throw new IllegalStateException("name() answered " + (name == null ? "null" : "a blank name"));
            }
            ModalityInfo info = new ModalityInfo(r.modalityId(), name.strip(), m.description(), r.plugin(),
                    Objects.requireNonNull(m.recommendedCadence(), "recommendedCadence() answered null"),
                    orEmpty(m.terminationConsiderations()), orEmpty(m.noteTemplates()), orEmpty(m.outcomeMeasures()));
            lastFailure.remove(r.serviceId());
            return Optional.of(info);
        } catch (RuntimeException | LinkageError e) {
            String failure = e.getClass().getName() + ": " + e.getMessage();
            if (!failure.equals(lastFailure.put(r.serviceId(), failure))) {
                LOG.warn("Leaving modality '{}' of bundle {} out of the catalog: the plugin failed ({}); it reappears "
                        + "once the plugin answers again", r.modalityId(), r.plugin(), failure, e);
            } else {
                LOG.debug("Modality '{}' of bundle {} still fails: {}", r.modalityId(), r.plugin(), failure);
            }
            return Optional.empty();
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static long serviceId(ServiceReference<?> reference) {
        return ((Number) reference.getProperty(Constants.SERVICE_ID)).longValue();
    }

    /** As the framework reads it: an Integer, anything else counts as 0. */
    private static int ranking(ServiceReference<?> reference) {
        return reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    private static String plugin(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? "(unregistered)" : bundle.getSymbolicName();
    }
}
