package org.alliance.core.internal.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.alliance.api.core.AuditRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes audit entries with group commit: one thread inserts every entry waiting at that
 * moment in one transaction, and each caller returns only once its own entry is committed.
 * A commit to the database file is what a request costs most (H2 serialises commits), so
 * under load many requests share one commit instead of queueing for their own; durability
 * per request is unchanged.
 */
final class AuditWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditWriter.class);
    private static final int MAX_BATCH_RECORDS = 1000;
    private static final long WAIT_SECONDS = 30;

    /** Records stamped when they were handed over, and the caller waiting for them. */
    private record Pending(List<AuditRecord> records, Instant at, CompletableFuture<Void> done) {
    }

    private final AuditRepository repository;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean running = true;

    AuditWriter(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
        this.thread = new Thread(this::run, "alliance-audit-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Writes the records and waits until they are committed.
     *
     * @throws IllegalStateException when they could not be written; the caller's action must fail
     */
    void write(List<AuditRecord> records) {
        if (!running) {
            throw new IllegalStateException("The audit log is shutting down; nothing can be recorded.");
        }
        Pending pending = new Pending(List.copyOf(records), clock.instant(), new CompletableFuture<>());
        queue.add(pending);
        try {
            pending.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing the audit log", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("The audit log could not be written: " + e.getMessage(), e);
        }
    }

    private void run() {
        while (running || !queue.isEmpty()) {
            List<Pending> batch = new ArrayList<>();
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                int records = first.records().size();
                while (records < MAX_BATCH_RECORDS && queue.peek() != null) {
                    Pending next = queue.poll();
                    batch.add(next);
                    records += next.records().size();
                }
                repository.insert(batch.stream().flatMap(p -> p.records().stream()
                        .map(r -> new AuditRepository.Stamped(r, p.at()))).toList());
                batch.forEach(p -> p.done().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                batch.forEach(p -> p.done().completeExceptionally(e));
                return;
            } catch (RuntimeException e) {
                LOG.error("Could not write {} audit entries; their actions fail", batch.size(), e);
                batch.forEach(p -> p.done().completeExceptionally(e));
            }
        }
    }

    /** Stops accepting entries, writes those already handed over, and ends the thread. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new IllegalStateException("The audit log shut down"));
        }
    }
}
