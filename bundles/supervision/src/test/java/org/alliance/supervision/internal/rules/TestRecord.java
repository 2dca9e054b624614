package org.alliance.supervision.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.api.supervision.ClientHours;
import org.alliance.api.supervision.ContactKind;
import org.alliance.api.supervision.CosignMode;
import org.alliance.api.supervision.Evaluation;
import org.alliance.api.supervision.LicensureRecord;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.Requirement;
import org.alliance.api.supervision.RuleResult;
import org.alliance.api.supervision.SupervisionFormat;
import org.alliance.api.supervision.SupervisionMedium;
import org.alliance.api.supervision.SupervisionSession;

/** A supervisee's record built line by line, e.g. {@code supervisedFrom(day).direct(day, hours(5)).build()}. */
final class TestRecord {

    static final UUID SUPERVISEE = UUID.fromString("00000000-0000-0000-0000-00000000000e");
    private static final Instant VERIFIED = Instant.parse("2026-01-01T00:00:00Z");

    private final List<Relationship> relationships = new ArrayList<>();
    private final List<SupervisionSession> supervision = new ArrayList<>();
    private final List<ClientHours> clientHours = new ArrayList<>();

    /** No relationship, no hours. */
    static TestRecord empty() {
        return new TestRecord();
    }

    /** One open-ended relationship with "Dr. Avery" from {@code start}. */
    static TestRecord supervisedFrom(LocalDate start) {
        return new TestRecord().supervisor("Dr. Avery", start, null);
    }

    static int hours(int hours) {
        return hours * 60;
    }

    static int hours(int hours, int minutes) {
        return hours * 60 + minutes;
    }

    /** A relationship with a supervisor named {@code name} (the same name is the same supervisor). */
    TestRecord supervisor(String name, LocalDate start, LocalDate lastDay) {
        UUID supervisorId = UUID.nameUUIDFromBytes(name.getBytes());
        relationships.add(new Relationship(UUID.randomUUID(), supervisorId, name, SUPERVISEE, "Sam Supervisee",
                CosignMode.COSIGN, "any", start, lastDay, VERIFIED, null, false, VERIFIED, supervisorId));
        return this;
    }

    TestRecord direct(LocalDate day, int minutes) {
        return client(day, minutes, ContactKind.DIRECT);
    }

    TestRecord indirect(LocalDate day, int minutes) {
        return client(day, minutes, ContactKind.INDIRECT);
    }

    TestRecord individual(LocalDate day, int minutes) {
        return session(day, minutes, SupervisionFormat.INDIVIDUAL, VERIFIED);
    }

    TestRecord triadic(LocalDate day, int minutes) {
        return session(day, minutes, SupervisionFormat.TRIADIC, VERIFIED);
    }

    TestRecord group(LocalDate day, int minutes) {
        return session(day, minutes, SupervisionFormat.GROUP, VERIFIED);
    }

    /** A logged session the supervisor has not verified: it must not count. */
    TestRecord unverified(LocalDate day, int minutes) {
        return session(day, minutes, SupervisionFormat.INDIVIDUAL, null);
    }

    LicensureRecord build() {
        return new LicensureRecord(SUPERVISEE, relationships, supervision, clientHours);
    }

    private TestRecord client(LocalDate day, int minutes, ContactKind kind) {
        clientHours.add(new ClientHours(UUID.randomUUID(), SUPERVISEE, day, minutes, kind, null, "hand-logged"));
        return this;
    }

    private TestRecord session(LocalDate day, int minutes, SupervisionFormat format, Instant verifiedAt) {
        Relationship relationship = relationships.isEmpty() ? null : relationships.get(0);
        supervision.add(new SupervisionSession(UUID.randomUUID(), relationship == null ? null : relationship.id(),
                relationship == null ? null : relationship.supervisorId(), SUPERVISEE, day, minutes, format,
                SupervisionMedium.IN_PERSON, "de-identified topics", SUPERVISEE, VERIFIED, verifiedAt));
        return this;
    }

    // --- Reading an evaluation ---

    static RuleResult rule(Evaluation evaluation, String id) {
        List<RuleResult> found = evaluation.rules().stream().filter(r -> r.rule().equals(id)).toList();
        assertThat(found).as("rule %s", id).hasSize(1);
        return found.get(0);
    }

    static Requirement requirement(Evaluation evaluation, String id) {
        List<Requirement> found = evaluation.requirements().stream().filter(r -> r.id().equals(id)).toList();
        assertThat(found).as("requirement %s", id).hasSize(1);
        return found.get(0);
    }
}
