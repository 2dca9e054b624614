package org.alliance.api.supervision;

/** Where a supervision session took place. */
public enum SupervisionMedium {
    IN_PERSON, VIDEO
}
