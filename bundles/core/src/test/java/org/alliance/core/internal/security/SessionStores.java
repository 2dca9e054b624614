package org.alliance.core.internal.security;

import java.time.Clock;
import org.alliance.core.internal.config.PracticeSettings;

/** Opens the package-private, clock-taking constructor of {@link SessionStore} to the shared fixture. */
public final class SessionStores {

    private SessionStores() {
    }

    public static SessionStore withClock(PracticeSettings settings, Clock clock) {
        return new SessionStore(settings, clock);
    }
}
