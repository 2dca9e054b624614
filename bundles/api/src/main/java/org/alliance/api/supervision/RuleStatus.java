package org.alliance.api.supervision;

/** Where a supervisee stands on one rule. */
public enum RuleStatus {
    MET,
    /** Not yet reached; more hours or time will meet it. */
    NOT_YET_MET,
    /** Broken: hours that do not count, or a limit exceeded. */
    VIOLATED
}
