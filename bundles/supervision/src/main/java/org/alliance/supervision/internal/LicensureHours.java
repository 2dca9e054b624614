package org.alliance.supervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliance.api.core.Actor;
import org.alliance.api.core.Practice;
import org.alliance.api.core.RecordNotFoundException;
import org.alliance.api.core.User;
import org.alliance.api.document.DocumentRenderer;
import org.alliance.api.supervision.ClientHours;
import org.alliance.api.supervision.ContactKind;
import org.alliance.api.supervision.Evaluation;
import org.alliance.api.supervision.HoursSummary;
import org.alliance.api.supervision.LicensureRecord;
import org.alliance.api.supervision.LicensureRuleSet;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.RuleResult;
import org.alliance.api.supervision.RuleStatus;
import org.alliance.api.supervision.SupervisionFormat;
import org.alliance.api.supervision.SupervisionSession;
import org.alliance.supervision.internal.store.HoursRepository;
import org.alliance.supervision.internal.store.LogRepository;
import org.alliance.supervision.internal.store.RelationshipRepository;
import org.alliance.supervision.internal.store.RelationshipRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A supervisee's supervised experience as a licensing board counts it: the relationships under
 * the rule set of their most recent relationship, the verified sessions of those relationships,
 * client-contact time (hand-logged, plus attended appointments from the calendar), the totals,
 * and the rule set's evaluation. The caller has checked that the actor may see it.
 */
final class LicensureHours {

    private static final Logger LOG = LoggerFactory.getLogger(LicensureHours.class);

    /** One supervisee's record under one rule set, and what it adds up to. */
    private record Standing(List<RelationshipRow> relationships, List<SupervisionSession> verified, HoursSummary summary) {
    }

    private final RelationshipRepository relationships;
    private final LogRepository log;
    private final HoursRepository handLogged;
    private final Appointments appointments;
    private final RuleSets ruleSets;
    private final People people;
    private final DocumentRenderer renderer;
    private final Practice practice;
    private final SupervisionSettings settings;
    private final Clock clock;

    LicensureHours(RelationshipRepository relationships, LogRepository log, HoursRepository handLogged,
            Appointments appointments, RuleSets ruleSets, People people, DocumentRenderer renderer, Practice practice,
            SupervisionSettings settings, Clock clock) {
        this.relationships = relationships;
        this.log = log;
        this.handLogged = handLogged;
        this.appointments = appointments;
        this.ruleSets = ruleSets;
        this.people = people;
        this.renderer = renderer;
        this.practice = practice;
        this.settings = settings;
        this.clock = clock;
    }

    HoursSummary summary(Actor actor, UUID superviseeId) {
        return standing(actor, superviseeId).summary();
    }

    byte[] pdf(Actor actor, UUID superviseeId) {
        Standing standing = standing(actor, superviseeId);
        User supervisee = people.find(superviseeId).orElseThrow(() -> new RecordNotFoundException("practitioner", superviseeId));
        List<Relationship> shown = standing.relationships().stream().sorted(Comparator.comparing(RelationshipRow::start))
                .map(r -> Views.relationship(r)).toList();
        Map<UUID, User> supervisors = new LinkedHashMap<>();
        for (Relationship r : shown) {
            people.find(r.supervisorId()).ifPresent(u -> supervisors.put(u.id(), u));
        }
        return renderer.pdf(HoursReport.of(standing.summary(), supervisee, shown, supervisors, standing.verified(),
                practice.name(), practice.zone()));
    }

    private Standing standing(Actor actor, UUID superviseeId) {
        List<RelationshipRow> all = relationships.ofSupervisee(superviseeId);
        RelationshipRow latest = all.stream().max(Comparator.comparing(RelationshipRow::start)
                .thenComparing(RelationshipRow::createdAt)).orElseThrow(() -> new RecordNotFoundException(
                        "There is no supervision relationship for this practitioner yet."));
        String ruleSetId = latest.ruleSetId();
        List<RelationshipRow> under = all.stream().filter(r -> r.ruleSetId().equals(ruleSetId)).toList();
        Set<UUID> ids = under.stream().map(RelationshipRow::id).collect(Collectors.toSet());
        List<SupervisionSession> logged = log.ofSupervisee(superviseeId);
        List<SupervisionSession> verified = logged.stream().filter(s -> s.verified() && ids.contains(s.relationshipId()))
                .sorted(Comparator.comparing(SupervisionSession::date).thenComparing(SupervisionSession::loggedAt)).toList();
        int unverified = (int) logged.stream().filter(s -> !s.verified()).count();

        LocalDate today = LocalDate.ofInstant(clock.instant(), practice.zone());
        List<ClientHours> contact = new ArrayList<>(handLogged.ofSupervisee(superviseeId));
        if (settings.policy().hoursFromCalendar()) {
            LocalDate firstDay = under.stream().map(RelationshipRow::start).min(Comparator.naturalOrder()).orElse(today);
            contact.addAll(appointments.attended(actor, superviseeId, firstDay, clock.instant(), practice.zone()));
        }
        contact.sort(Comparator.comparing(ClientHours::date));

        LicensureRecord record = new LicensureRecord(superviseeId, under.stream().map(r -> Views.relationship(r))
                .toList(), verified, contact);
        Optional<LicensureRuleSet> ruleSet = ruleSets.find(ruleSetId);
        Evaluation evaluation = ruleSet.map(r -> evaluate(r, record, today)).orElseGet(() -> unavailable(ruleSetId,
                "is not installed"));
        HoursSummary summary = new HoursSummary(superviseeId, people.name(superviseeId), ruleSetId,
                ruleSets.name(ruleSetId), today, minutes(contact, ContactKind.DIRECT), minutes(contact, ContactKind.INDIRECT),
                verified.stream().filter(s -> s.format() != SupervisionFormat.GROUP).mapToLong(SupervisionSession::minutes).sum(),
                verified.stream().filter(s -> s.format() == SupervisionFormat.GROUP).mapToLong(SupervisionSession::minutes).sum(),
                unverified, evaluation);
        return new Standing(under, verified, summary);
    }

    /** The rule set's evaluation; a rule set that throws leaves the totals standing and says so. */
    private static Evaluation evaluate(LicensureRuleSet ruleSet, LicensureRecord record, LocalDate today) {
        try {
            return ruleSet.evaluate(record, today);
        } catch (RuntimeException e) {
            LOG.warn("Licensure rule set {} failed to evaluate the hours of {}", ruleSet.id(), record.superviseeId(), e);
            return unavailable(ruleSet.id(), "failed while checking these hours (the server log has the details)");
        }
    }

    private static Evaluation unavailable(String ruleSetId, String what) {
        return new Evaluation(List.of(), List.of(new RuleResult("rule-set-available", "The rule set can check the hours",
                RuleStatus.NOT_YET_MET, "The rule set '" + ruleSetId + "' " + what + "; the totals are right, but no rule "
                        + "was checked. Ask an administrator.")));
    }

    private static long minutes(List<ClientHours> contact, ContactKind kind) {
        return contact.stream().filter(h -> h.kind() == kind).mapToLong(ClientHours::minutes).sum();
    }
}
