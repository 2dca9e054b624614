package org.alliance.notify.internal.mail;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Component;

/**
 * Tells the sender that something was queued. A service of its own so that the component
 * holding the SMTP configuration registers none: a DS component's configuration becomes its
 * service's properties, and the SMTP password must not be readable from the service registry.
 */
@Component(service = OutboxSignal.class)
public class OutboxSignal {

    private final Semaphore signals = new Semaphore(0);

    /** Something was queued (or the configuration changed): the sender looks now. */
    public void wake() {
        signals.release();
    }

    /** Waits until woken or until {@code timeout} has passed; a wake-up before the call counts too. */
    void await(Duration timeout) throws InterruptedException {
        if (!timeout.isNegative() && !timeout.isZero()) {
            signals.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        // Wake-ups that arrived meanwhile are served by the pass that follows.
        signals.drainPermits();
    }
}
