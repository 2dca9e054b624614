package org.alliance.api.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a {@link LicensureRuleSet} checks: one supervisee's relationships under the rule set, their
 * verified supervision and their client-contact hours.
 *
 * @param supervision verified supervision sessions only, in date order
 * @param clientHours client-contact time, in date order
 */
public record LicensureRecord(UUID superviseeId, List<Relationship> relationships, List<SupervisionSession> supervision,
        List<ClientHours> clientHours) {

    public LicensureRecord {
        relationships = List.copyOf(relationships);
        supervision = List.copyOf(supervision);
        clientHours = List.copyOf(clientHours);
    }

    /** The first day of supervised experience: the earliest relationship's start, or {@code null}. */
    public LocalDate firstDay() {
        return relationships.stream().map(Relationship::start).min(LocalDate::compareTo).orElse(null);
    }
}
