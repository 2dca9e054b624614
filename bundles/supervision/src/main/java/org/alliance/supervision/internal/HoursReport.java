package org.alliance.supervision.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.alliance.api.core.User;
import org.alliance.api.document.Block;
import org.alliance.api.document.Document;
import org.alliance.api.supervision.HoursSummary;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.Requirement;
import org.alliance.api.supervision.RuleResult;
import org.alliance.api.supervision.SupervisionSession;

/**
 * The supervised-experience log a licensing board receives: who was supervised by whom (with
 * license numbers), every verified session, the totals, progress toward each requirement, the
 * rule results, and lines for everyone's signature. Unverified sessions are left out, and so are
 * topics: a board needs dates and hours, not what was discussed about clients.
 */
final class HoursReport {

    private HoursReport() {
    }

    /**
     * @param relationships the relationships the summary covers
     * @param supervisors   the supervisors' accounts by id, for names and license numbers
     * @param verified      verified sessions only, in date order
     * @param zone          the practice's time zone, for the day each session was verified
     */
    static Document of(HoursSummary summary, User supervisee, List<Relationship> relationships, Map<UUID, User> supervisors,
            List<SupervisionSession> verified, String practiceName, ZoneId zone) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Fields(List.of(
                new Block.Field("Supervisee", supervisee.displayName()),
                new Block.Field("License or registration number", orDash(supervisee.licenseNumber())),
                new Block.Field("Practice", practiceName),
                new Block.Field("Rule set", summary.ruleSetName()),
                new Block.Field("As of", summary.asOf().toString()))));

        blocks.add(new Block.Heading("Supervisors", 1));
        blocks.add(new Block.Table(List.of("Supervisor", "License number", "From", "To"), relationships.stream()
                .map(r -> List.of(r.supervisorName(), orDash(license(supervisors, r.supervisorId())), r.start().toString(),
                        r.end() == null ? "ongoing" : r.end().toString())).toList()));

        blocks.add(new Block.Heading("Verified supervision sessions", 1));
        if (verified.isEmpty()) {
            blocks.add(new Block.Paragraph("No verified supervision sessions yet."));
        } else {
            blocks.add(new Block.Table(List.of("Date", "Supervisor", "Minutes", "Format", "Medium", "Verified"), verified.stream()
                    .map(s -> List.of(s.date().toString(), name(supervisors, s.supervisorId()), Integer.toString(s.minutes()),
                            words(s.format().name()), words(s.medium().name()), LocalDate.ofInstant(s.verifiedAt(), zone).toString()))
                    .toList()));
        }
        if (summary.unverifiedSessions() > 0) {
            blocks.add(new Block.Paragraph(summary.unverifiedSessions() + " logged session"
                    + (summary.unverifiedSessions() == 1 ? " is" : "s are")
                    + " still waiting for the supervisor's verification and not included."));
        }

        blocks.add(new Block.Heading("Totals", 1));
        blocks.add(new Block.Fields(List.of(
                new Block.Field("Direct client contact", hours(summary.directMinutes())),
                new Block.Field("Indirect client contact", hours(summary.indirectMinutes())),
                new Block.Field("Individual and triadic supervision", hours(summary.individualMinutes())),
                new Block.Field("Group supervision", hours(summary.groupMinutes())),
                new Block.Field("Total", hours(summary.directMinutes() + summary.indirectMinutes()
                        + summary.individualMinutes() + summary.groupMinutes())))));

        blocks.add(new Block.Heading("Progress toward the requirements", 1));
        blocks.add(new Block.Table(List.of("Requirement", "Achieved", "Required", "Progress"), summary.evaluation()
                .requirements().stream().map(HoursReport::requirementRow).toList()));

        blocks.add(new Block.Heading("Rules", 1));
        blocks.add(new Block.Table(List.of("Rule", "Status", "Detail"), summary.evaluation().rules().stream()
                .map(HoursReport::ruleRow).toList()));

        blocks.add(new Block.Heading("Signatures", 1));
        blocks.add(new Block.Paragraph("We confirm that the supervised experience above is accurate."));
        blocks.add(new Block.SignatureLine(supervisee.displayName(), "Supervisee"));
        relationships.stream().map(Relationship::supervisorId).distinct().forEach(id -> {
            String license = license(supervisors, id);
            blocks.add(new Block.SignatureLine(name(supervisors, id), "Supervisor" + (license == null ? "" : ", license " + license)));
        });
        return new Document("Supervised experience log", supervisee.displayName() + ", " + summary.ruleSetName(), blocks, true);
    }

    private static List<String> requirementRow(Requirement r) {
        return List.of(r.label(), r.achieved() + " " + r.unit(), r.required() + " " + r.unit(), r.percent() + "%");
    }

    private static List<String> ruleRow(RuleResult r) {
        return List.of(r.description(), words(r.status().name()), r.detail() == null ? "" : r.detail());
    }

    /** Minutes as hours with one decimal, e.g. "12.5 hours". */
    static String hours(long minutes) {
        return String.format(Locale.ROOT, "%.1f hours", minutes / 60.0);
    }

    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String license(Map<UUID, User> supervisors, UUID id) {
        User user = supervisors.get(id);
        return user == null ? null : user.licenseNumber();
    }

    private static String name(Map<UUID, User> supervisors, UUID id) {
        User user = supervisors.get(id);
        return user == null ? "Former practitioner" : user.displayName();
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
