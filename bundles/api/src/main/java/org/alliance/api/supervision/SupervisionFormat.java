package org.alliance.api.supervision;

/** How many supervisees took part in a supervision session. */
public enum SupervisionFormat {
    /** One supervisor, one supervisee. */
    INDIVIDUAL,
    /** One supervisor, two supervisees; most rule sets count it as individual. */
    TRIADIC,
    /** One supervisor, more than two supervisees. */
    GROUP
}
