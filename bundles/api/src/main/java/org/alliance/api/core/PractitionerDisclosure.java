package org.alliance.api.core;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a practitioner's clients must be told about how they practise, e.g. that they are under
 * clinical supervision and by whom (ACA F.5.c). Shown on each engagement and printed in letters to
 * clients. Statements are plain sentences without clinical content.
 *
 * <p>Called on request threads; must be quick and must not call back into core services.
 *
 * @since 1.2
 */
@ConsumerType
public interface PractitionerDisclosure {

    /** The statements in force for {@code practitionerId} on {@code day}; empty for none. */
    List<String> disclosuresFor(UUID practitionerId, LocalDate day);
}
