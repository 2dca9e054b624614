package org.alliance.api.core;

import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/** The practice's own settings that every module needs. Configured in the web console. */
@ProviderType
public interface Practice {

    /** The practice's name, shown in the web app and in letters. */
    String name();

    /** The time zone appointments and recurrence rules are expanded in. */
    ZoneId zone();
}
