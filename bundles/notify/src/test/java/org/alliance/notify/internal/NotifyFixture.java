package org.alliance.notify.internal;

import java.time.Clock;
import javax.sql.DataSource;
import org.alliance.api.core.UserService;
import org.alliance.api.notify.Notifier;

/** The notifier as tests outside this package build it, on their database, sender and clock. */
public final class NotifyFixture {

    private NotifyFixture() {
    }

    public static Notifier notifier(DataSource dataSource, UserService users, Runnable wakeSender, Clock clock) {
        return new NotifierImpl(dataSource, users, wakeSender, clock);
    }
}
