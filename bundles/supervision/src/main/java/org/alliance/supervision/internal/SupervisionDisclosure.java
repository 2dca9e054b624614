package org.alliance.supervision.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.alliance.api.core.PractitionerDisclosure;
import org.alliance.supervision.internal.store.RelationshipRow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Tells a supervised practitioner's clients that they are supervised, and by whom (ACA F.5.c):
 * one sentence per supervisor in force, shown on each engagement and printed in letters. Names
 * and license numbers come from this module's copy (core asks on its own request threads).
 */
@Component(service = PractitionerDisclosure.class)
public class SupervisionDisclosure implements PractitionerDisclosure {

    private final SupervisionServiceImpl supervision;

    @Activate
    public SupervisionDisclosure(@Reference SupervisionServiceImpl supervision) {
        this.supervision = supervision;
    }

    @Override
    public List<String> disclosuresFor(UUID practitionerId, LocalDate day) {
        if (practitionerId == null || day == null) {
            return List.of();
        }
        Set<UUID> told = new HashSet<>();
        return supervision.supervisorsOf(practitionerId, day).stream().sorted(Comparator.comparing(RelationshipRow::start))
                .filter(r -> told.add(r.supervisorId()))
                .map(r -> r.superviseeName() + " practises under the clinical supervision of " + nameAndLicense(r)
                        + ", who may review your records to support your care.").toList();
    }

    private static String nameAndLicense(RelationshipRow r) {
        return r.supervisorLicense() == null || r.supervisorLicense().isBlank() ? r.supervisorName()
                : r.supervisorName() + ", " + r.supervisorLicense();
    }
}
