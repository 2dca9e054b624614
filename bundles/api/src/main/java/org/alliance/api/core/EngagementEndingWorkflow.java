package org.alliance.api.core;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by the module that owns the ending of engagements (the termination workflow).
 * While a service of this type is registered, {@link EngagementService#close} refuses and
 * points the user to the workflow.
 */
@ConsumerType
public interface EngagementEndingWorkflow {

    /** A sentence for the user saying where to end an engagement instead, e.g. "Use the Termination page". */
    String howToEnd();
}
