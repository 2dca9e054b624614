package org.alliance.core.internal.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.alliance.api.core.PractitionerDisclosure;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every registered {@link PractitionerDisclosure} asked as one. A disclosure that fails is
 * logged loudly: a client not told about supervision is an ethics problem, not a detail.
 */
@Component(service = Disclosures.class)
public class Disclosures {

    private static final Logger LOG = LoggerFactory.getLogger(Disclosures.class);

    private final List<PractitionerDisclosure> disclosures = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void add(PractitionerDisclosure disclosure) {
        disclosures.add(disclosure);
    }

    public void remove(PractitionerDisclosure disclosure) {
        disclosures.remove(disclosure);
    }

    /** The statements in force for a practitioner on a day, in registration order. */
    public List<String> about(UUID practitionerId, LocalDate day) {
        List<String> statements = new ArrayList<>();
        for (PractitionerDisclosure disclosure : disclosures) {
            try {
                statements.addAll(disclosure.disclosuresFor(practitionerId, day));
            } catch (RuntimeException e) {
                LOG.error("Practitioner disclosure {} failed; the client is not shown it",
                        disclosure.getClass().getName(), e);
            }
        }
        return statements;
    }
}
