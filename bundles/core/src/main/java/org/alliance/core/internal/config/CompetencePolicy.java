package org.alliance.core.internal.config;

/** What happens when an engagement is opened in a modality its therapist has not declared competence in. */
public enum CompetencePolicy {
    /** Not checked. */
    OFF,
    /** Allowed after a warning; the engagement's creation is flagged in the audit log. */
    WARN,
    /** Refused. */
    REFUSE
}
