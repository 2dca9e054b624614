package org.alliance.benchmarks.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.alliance.api.core.Actor;
import org.alliance.api.scheduling.Appointment;
import org.alliance.scheduling.internal.SchedulingServiceImpl;
import org.alliance.scheduling.internal.SchedulingSettings;
import org.alliance.support.db.Db;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One therapist's week (40 sessions) read through the scheduling service, with 10 000 or
 * 1 000 000 appointments of 200 therapists in the database: the index on
 * (therapist, start) should make the second barely slower than the first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class WeekQueryBenchmark {

    static final Instant FROM = Instant.parse("2026-01-05T00:00:00Z");
    static final Instant MONDAY = Instant.parse("2027-06-07T00:00:00Z");

    @Param({"10000", "1000000"})
    int appointments;

    private BenchDatabase database;
    private SchedulingServiceImpl scheduling;
    private Actor therapist;

    @Setup(Level.Trial)
    public void seed() throws Exception {
        database = new BenchDatabase();
        database.seed(appointments, 200, FROM);
        UUID therapistId = UUID.randomUUID();
        database.week(therapistId, MONDAY, 40);
        therapist = Stubs.user(therapistId).asActor();
        scheduling = SchedulingServiceImpl.using(new Db(database.pool), Stubs.engagements(Stubs.engagement(therapistId)),
                Stubs.clients(), Stubs.users(therapistId), Stubs.audit(), Stubs.practice(),
                SchedulingSettings.of(new SchedulingSettings.Values(Duration.ofHours(24), Duration.ofHours(24), 12)),
                Stubs.events(), Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void drop() throws Exception {
        database.close();
    }

    @Benchmark
    public List<Appointment> oneTherapistsWeek() {
        return scheduling.find(therapist, therapist.userId(), null, MONDAY, MONDAY.plus(Duration.ofDays(7)));
    }
}
