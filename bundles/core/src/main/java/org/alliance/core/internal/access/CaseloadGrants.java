package org.alliance.core.internal.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.alliance.api.core.Actor;
import org.alliance.api.core.CaseloadGrant;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every registered {@link CaseloadGrant} asked as one: whose caseloads a reader may see right now.
 * A grant that fails grants nothing (closed, never open), and the failure is logged.
 */
@Component(service = CaseloadGrants.class)
public class CaseloadGrants {

    private static final Logger LOG = LoggerFactory.getLogger(CaseloadGrants.class);

    private final List<CaseloadGrant> grants = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void add(CaseloadGrant grant) {
        grants.add(grant);
    }

    public void remove(CaseloadGrant grant) {
        grants.remove(grant);
    }

    /**
     * Practitioners (other than the reader) whose caseload the reader may see, each with the
     * reasons of every grant that allows it, joined for the audit log.
     */
    public Map<UUID, String> visibleTo(Actor reader) {
        if (reader.userId() == null || grants.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> visible = new LinkedHashMap<>();
        for (CaseloadGrant grant : grants) {
            try {
                grant.caseloadsVisibleTo(reader).forEach((practitionerId, reason) -> {
                    if (!practitionerId.equals(reader.userId())) {
                        visible.merge(practitionerId, reason, (a, b) -> a + "; " + b);
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("Caseload grant {} failed; it grants nothing for this request", grant.getClass().getName(), e);
            }
        }
        return visible;
    }
}
