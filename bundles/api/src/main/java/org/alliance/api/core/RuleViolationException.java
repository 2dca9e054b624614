package org.alliance.api.core;

import java.util.List;

/**
 * Well-formed input that a practice rule refuses (HTTP 422): too little notice before ending
 * therapy, a conflict of interest, an identifier in a de-identified summary. The message says
 * which rule and what is missing; {@link #violations()} lists each point for forms to show.
 */
public class RuleViolationException extends AllianceException {
    private static final long serialVersionUID = 1L;

    private final List<String> violations;

    public RuleViolationException(String message, List<String> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** Each unmet point, in words, e.g. "the planned end is 5 days away; at least 14 are needed". */
    public List<String> violations() {
        return violations;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String title() {
        return "Refused by a practice rule";
    }
}
