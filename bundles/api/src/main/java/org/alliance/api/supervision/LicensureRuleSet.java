package org.alliance.api.supervision;

import java.time.LocalDate;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A licensing board's rules for supervised experience (e.g. California LMFT, Texas LPC
 * Associate), registered as a service. The supervision module picks the one a relationship
 * names, by {@link #id()}; when two share an id the higher service ranking wins.
 *
 * <p>Rule sets are pure: they compute from the record they are given and must not call back
 * into Alliance services.
 */
@ConsumerType
public interface LicensureRuleSet {

    /** Stable id stored with relationships, 2 to 40 characters of a-z, 0-9 and '-', e.g. {@code ca-lmft}. */
    String id();

    /** The name shown to people, e.g. "California LMFT (BBS)". */
    String name();

    /** How many supervisors a supervisee may have at once; {@link Integer#MAX_VALUE} for no limit. */
    int maxSupervisorsAtOnce();

    /** How many supervisees a supervisor may have at once under these rules; {@link Integer#MAX_VALUE} for no limit. */
    int maxSuperviseesPerSupervisor();

    /** Progress and rule results for the record as of {@code asOf}. */
    Evaluation evaluate(LicensureRecord record, LocalDate asOf);
}
