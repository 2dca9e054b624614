package org.alliance.supervision.internal.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.alliance.api.supervision.ClientHours;
import org.alliance.api.supervision.ContactKind;
import org.alliance.api.supervision.LicensureRecord;
import org.alliance.api.supervision.Relationship;
import org.alliance.api.supervision.RuleResult;
import org.alliance.api.supervision.RuleStatus;
import org.alliance.api.supervision.SupervisionFormat;
import org.alliance.api.supervision.SupervisionSession;

/**
 * The arithmetic the built-in rule sets share, over one supervisee's record as of one day.
 *
 * <p>What counts:
 * <ul>
 * <li>supervision sessions the supervisor has verified; the record should hold no others, but an
 *     entry without {@code verifiedAt} is ignored here too, because an unsigned entry never counts
 *     toward licensure;</li>
 * <li>entries dated on or before {@code asOf}: later ones have not happened as of that day;</li>
 * <li>triadic supervision as individual supervision, as most boards do.</li>
 * </ul>
 * Time is kept in minutes and summed exactly; it becomes hours only at the end, rounded down
 * for progress ({@link #wholeHours}) or spelled out in hours and minutes for people ({@link #hours}),
 * so that 3 hours 59 minutes is never shown as "4 hours".
 */
final class Experience {

    static final long MINUTES_PER_HOUR = 60;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final LicensureRecord record;
    private final LocalDate asOf;
    private final List<SupervisionSession> supervision;
    private final List<ClientHours> clientHours;

    Experience(LicensureRecord record, LocalDate asOf) {
        this.record = Objects.requireNonNull(record, "record");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.supervision = record.supervision().stream()
                .filter(s -> s.verifiedAt() != null && !s.date().isAfter(asOf))
                .toList();
        this.clientHours = record.clientHours().stream().filter(h -> !h.date().isAfter(asOf)).toList();
    }

    LocalDate asOf() {
        return asOf;
    }

    /** The first day of supervised experience, or {@code null} when there is no relationship. */
    LocalDate firstDay() {
        return record.firstDay();
    }

    /** Whether supervised experience has begun by {@code asOf}. */
    boolean started() {
        return firstDay() != null && !firstDay().isAfter(asOf);
    }

    // --- Totals, in minutes ---

    long directMinutes() {
        return clientMinutes(ContactKind.DIRECT);
    }

    long indirectMinutes() {
        return clientMinutes(ContactKind.INDIRECT);
    }

    /** Individual and triadic supervision. */
    long individualSupervisionMinutes() {
        return supervision.stream().filter(s -> s.format() != SupervisionFormat.GROUP).mapToLong(SupervisionSession::minutes).sum();
    }

    long groupSupervisionMinutes() {
        return supervision.stream().filter(s -> s.format() == SupervisionFormat.GROUP).mapToLong(SupervisionSession::minutes).sum();
    }

    long supervisionMinutes() {
        return individualSupervisionMinutes() + groupSupervisionMinutes();
    }

    /** All experience: direct and indirect client contact and supervision. */
    long totalMinutes() {
        return directMinutes() + indirectMinutes() + supervisionMinutes();
    }

    private long clientMinutes(ContactKind kind) {
        return clientHours.stream().filter(h -> h.kind() == kind).mapToLong(ClientHours::minutes).sum();
    }

    // --- Time since the first day ---

    /**
     * Whole weeks or calendar months (15 January to 15 July is 6) from the first day to
     * {@code asOf}; 0 before the first day.
     */
    long sinceStart(ChronoUnit unit) {
        return started() ? unit.between(firstDay(), asOf) : 0;
    }

    /**
     * A rule that supervised experience lasts at least {@code required} weeks or months, counted
     * from the first day: how many have passed, and the day the minimum is reached.
     */
    RuleResult minimumDuration(String rule, String description, long required, ChronoUnit unit) {
        if (firstDay() == null) {
            return new RuleResult(rule, description, RuleStatus.NOT_YET_MET, "Supervised experience has not started.");
        }
        if (!started()) {
            return new RuleResult(rule, description, RuleStatus.NOT_YET_MET,
                    "Supervised experience begins on " + firstDay() + ".");
        }
        String many = unit.toString().toLowerCase(Locale.ROOT);
        long passed = sinceStart(unit);
        String since = passed + " " + (passed == 1 ? many.substring(0, many.length() - 1) : many)
                + " since supervised experience began on " + firstDay();
        if (passed >= required) {
            return new RuleResult(rule, description, RuleStatus.MET, since + ".");
        }
        return new RuleResult(rule, description, RuleStatus.NOT_YET_MET,
                since + "; " + required + " " + many + " are reached on " + firstDay().plus(required, unit) + ".");
    }

    // --- Rolling windows ---

    /** A run of consecutive days and the experience logged in it. */
    record Window(LocalDate start, LocalDate end, long minutes) {
    }

    /**
     * The earliest window of {@code days} consecutive days with more than {@code maxMinutes} of
     * experience (client contact of both kinds and supervision). Windows start on days with
     * experience logged: a window starting on an empty day holds no more than the one starting on
     * the next logged day, and "from the day you logged" is what a supervisee can find in their log.
     */
    Optional<Window> firstWindowOver(long maxMinutes, int days) {
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        clientHours.forEach(h -> perDay.merge(h.date(), (long) h.minutes(), Long::sum));
        supervision.forEach(s -> perDay.merge(s.date(), (long) s.minutes(), Long::sum));
        for (LocalDate start : perDay.keySet()) {
            LocalDate end = start.plusDays(days - 1L);
            long minutes = perDay.subMap(start, true, end, true).values().stream().mapToLong(Long::longValue).sum();
            if (minutes > maxMinutes) {
                return Optional.of(new Window(start, end, minutes));
            }
        }
        return Optional.empty();
    }

    // --- Calendar months ---

    /** Verified supervision in one calendar month (up to {@code asOf}). */
    long supervisionMinutesIn(YearMonth month) {
        return supervision.stream().filter(s -> YearMonth.from(s.date()).equals(month)).mapToLong(SupervisionSession::minutes).sum();
    }

    /**
     * The calendar months that have ended by {@code asOf} (their last day is before it) and were
     * under supervision on every day, oldest first. A month in which supervision began or ended
     * part-way, or a gap between supervisors, is not a whole month of supervised practice.
     */
    List<YearMonth> endedMonthsUnderSupervision() {
        List<YearMonth> months = new ArrayList<>();
        if (!started()) {
            return months;
        }
        for (YearMonth month = YearMonth.from(firstDay()); month.atEndOfMonth().isBefore(asOf); month = month.plusMonths(1)) {
            if (underSupervisionEveryDay(month.atDay(1), month.atEndOfMonth())) {
                months.add(month);
            }
        }
        return months;
    }

    /** Whether the month of {@code asOf} has been under supervision every day from its first day so far. */
    boolean currentMonthUnderSupervisionSoFar() {
        return started() && underSupervisionEveryDay(YearMonth.from(asOf).atDay(1), asOf);
    }

    private boolean underSupervisionEveryDay(LocalDate from, LocalDate to) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            LocalDate d = day;
            if (record.relationships().stream().noneMatch(r -> r.activeOn(d))) {
                return false;
            }
        }
        return true;
    }

    // --- Supervisors at once ---

    /** A day on which the supervisee had these supervisors at once. */
    record Overlap(LocalDate day, List<String> supervisors) {
    }

    /**
     * The first day, up to {@code asOf}, with more than {@code max} different supervisors at once.
     * Only start days need checking: the number in force can only rise when a relationship starts.
     * Two relationships with the same supervisor count once.
     */
    Optional<Overlap> firstDayWithMoreSupervisorsThan(int max) {
        List<LocalDate> starts = record.relationships().stream().map(Relationship::start)
                .filter(start -> !start.isAfter(asOf)).sorted().distinct().toList();
        for (LocalDate day : starts) {
            Map<UUID, String> supervisors = new LinkedHashMap<>();
            record.relationships().stream().filter(r -> r.activeOn(day))
                    .sorted(Comparator.comparing(Relationship::start))
                    .forEach(r -> supervisors.putIfAbsent(r.supervisorId(), name(r)));
            if (supervisors.size() > max) {
                return Optional.of(new Overlap(day, List.copyOf(supervisors.values())));
            }
        }
        return Optional.empty();
    }

    private static String name(Relationship relationship) {
        return relationship.supervisorName() != null ? relationship.supervisorName() : "supervisor " + relationship.supervisorId();
    }

    // --- Words and units ---

    /** Minutes as whole hours, rounded down, for progress. */
    static long wholeHours(long minutes) {
        return minutes / MINUTES_PER_HOUR;
    }

    /** Minutes in words, exact: "0 hours", "1 hour", "40 hours 1 minute", "3,000 hours", "30 minutes". */
    static String hours(long minutes) {
        long h = minutes / MINUTES_PER_HOUR;
        long m = minutes % MINUTES_PER_HOUR;
        String inMinutes = m + " minute" + (m == 1 ? "" : "s");
        if (h == 0 && m > 0) {
            return inMinutes;
        }
        String inHours = String.format(Locale.ROOT, "%,d hour%s", h, h == 1 ? "" : "s");
        return m == 0 ? inHours : inHours + " " + inMinutes;
    }

    /** A number with thousands separators, e.g. "3,000". */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** A month for people, e.g. "February 2026". */
    static String month(YearMonth month) {
        return MONTH.format(month);
    }
}
