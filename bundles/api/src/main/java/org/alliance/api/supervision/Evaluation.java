package org.alliance.api.supervision;

import java.util.List;

/** A rule set's answer on a {@link LicensureRecord}: progress toward each requirement, and every rule's result. */
public record Evaluation(List<Requirement> requirements, List<RuleResult> rules) {

    public Evaluation {
        requirements = List.copyOf(requirements);
        rules = List.copyOf(rules);
    }
}
