package org.alliance.benchmarks.scheduling;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Engagement;
import org.alliance.api.scheduling.AppointmentKind;
import org.alliance.api.scheduling.Booking;
import org.alliance.api.scheduling.Location;
import org.alliance.api.scheduling.NewAppointment;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bookings per second through the scheduling service (locks, clash check, insert, history,
 * one durable commit each) against the floor of the same database: one durable single-row
 * INSERT and commit of an appointment.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class BookingBenchmark {

    private BenchDatabase database;
    private SchedulingServiceImpl scheduling;
    private Actor therapist;
    private Engagement engagement;
    private final AtomicLong slot = new AtomicLong();
    private Connection raw;
    private PreparedStatement insert;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = new BenchDatabase();
        database.seed(10_000, 200, Instant.parse("2026-01-05T00:00:00Z"));
        UUID therapistId = UUID.randomUUID();
        therapist = Stubs.user(therapistId).asActor();
        engagement = Stubs.engagement(therapistId);
        scheduling = SchedulingServiceImpl.using(new Db(database.pool), Stubs.engagements(engagement),
                Stubs.clients(), Stubs.users(therapistId), Stubs.audit(), Stubs.practice(),
                SchedulingSettings.of(new SchedulingSettings.Values(Duration.ofHours(24), Duration.ofHours(24), 12)),
                Stubs.events(), Clock.systemUTC());
        raw = database.dataSource.getConnection();
        insert = raw.prepareStatement("INSERT INTO SCHEDULING.APPOINTMENT (ID, ENGAGEMENT_ID, CLIENT_ID, THERAPIST_ID, "
                + "KIND, START_AT, END_AT, LOCATION, STATUS, CREATED_AT) VALUES (?, ?, ?, ?, 'SESSION', ?, ?, 'IN_PERSON', "
                + "'BOOKED', ?)");
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        insert.close();
        raw.close();
        database.close();
    }

    /** The next free hour of this therapist, far in the future so nothing else is there. */
    private OffsetDateTime nextSlot() {
        return OffsetDateTime.of(2030, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusHours(slot.getAndIncrement());
    }

    @Benchmark
    public Booking bookASession() {
        return scheduling.book(therapist, new NewAppointment(engagement.id(), nextSlot(), 50, AppointmentKind.SESSION,
                Location.IN_PERSON, null, null, null, null));
    }

    @Benchmark
    public int rawDurableInsert() throws SQLException {
        OffsetDateTime start = nextSlot();
        insert.setObject(1, UUID.randomUUID());
        insert.setObject(2, engagement.id());
        insert.setObject(3, engagement.clientId());
        insert.setObject(4, therapist.userId());
        insert.setObject(5, start);
        insert.setObject(6, start.plusMinutes(50));
        insert.setObject(7, start);
        return insert.executeUpdate();
    }
}
