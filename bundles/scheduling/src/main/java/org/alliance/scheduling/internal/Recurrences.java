package org.alliance.scheduling.internal;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import biweekly.property.RecurrenceRule;
import biweekly.util.Frequency;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;
import org.alliance.api.core.InvalidInputException;

/**
 * Expands a recurrence into its occurrences, in the practice's time zone, with biweekly's
 * RFC 5545 iterator: a weekly session at 10:00 stays at 10:00 local time across
 * daylight-saving changes.
 *
 * <p>The recurrence is an RRULE value ({@code FREQ=WEEKLY;COUNT=10}), or content lines: one
 * {@code RRULE:} line and any {@code EXDATE:} lines listing excluded local dates or date-times
 * in the practice's zone ({@code EXDATE:20261124T100000,20261201}).
 */
final class Recurrences {

    /** The most occurrences one series may book. */
    static final int MAX_OCCURRENCES = 400;

    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9=;,+-]{1,400}");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private Recurrences() {
    }

    /** The parsed rule and exceptions of a recurrence, checked. */
    record Parsed(RecurrenceRule rule, Set<LocalDateTime> exceptTimes, Set<LocalDate> exceptDates, boolean bounded) {
    }

    static Parsed parse(String recurrence) {
        String rule = null;
        Set<LocalDateTime> times = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        for (String raw : recurrence.strip().split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String upper = line.toUpperCase(java.util.Locale.ROOT);
            if (upper.startsWith("EXDATE:")) {
                for (String value : line.substring(7).split(",")) {
                    exception(value.strip(), times, dates);
                }
            } else if (rule == null) {
                rule = upper.startsWith("RRULE:") ? line.substring(6) : line;
            } else {
                throw invalid("has more than one rule; give one RRULE and any EXDATE lines");
            }
        }
        if (rule == null || !RULE.matcher(rule).matches()) {
            throw invalid("is not an RRULE value such as FREQ=WEEKLY;COUNT=10");
        }
        List<List<ParseWarning>> warnings = new ArrayList<>();
        ICalendar calendar = Biweekly.parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Alliance//EN\r\nBEGIN:VEVENT\r\n"
                + "UID:rule\r\nDTSTAMP:20000101T000000Z\r\nRRULE:" + rule + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                .warnings(warnings).first();
        RecurrenceRule parsed = calendar == null || calendar.getEvents().isEmpty() ? null
                : calendar.getEvents().get(0).getRecurrenceRule();
        if (parsed == null || parsed.getValue() == null || parsed.getValue().getFrequency() == null
                || warnings.stream().anyMatch(w -> !w.isEmpty())) {
            throw invalid("'" + rule + "' is not a valid RRULE (RFC 5545)");
        }
        Frequency frequency = parsed.getValue().getFrequency();
        if (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY || frequency == Frequency.HOURLY) {
            throw invalid("repeats more often than daily; use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        boolean bounded = parsed.getValue().getCount() != null || parsed.getValue().getUntil() != null;
        return new Parsed(parsed, times, dates, bounded);
    }

    /**
     * The starts of every occurrence from {@code first} until {@code horizon} (exclusive), in
     * order, without the exceptions.
     *
     * @throws InvalidInputException for a malformed rule or more than {@link #MAX_OCCURRENCES} occurrences
     */
    static List<ZonedDateTime> expand(String recurrence, ZonedDateTime first, ZonedDateTime horizon) {
        return expand(parse(recurrence), first, horizon);
    }

    /** As {@link #expand(String, ZonedDateTime, ZonedDateTime)}, for a recurrence already parsed. */
    static List<ZonedDateTime> expand(Parsed parsed, ZonedDateTime first, ZonedDateTime horizon) {
        ZoneId zone = first.getZone();
        VEvent event = new VEvent();
        event.setDateStart(Date.from(first.toInstant()), true);
        event.setRecurrenceRule(parsed.rule().getValue());
        DateIterator dates = event.getDateIterator(TimeZone.getTimeZone(zone));
        List<ZonedDateTime> starts = new ArrayList<>();
        while (dates.hasNext()) {
            ZonedDateTime start = dates.next().toInstant().atZone(zone);
            if (!start.isBefore(horizon)) {
                break;
            }
            if (start.isBefore(first) || parsed.exceptTimes().contains(start.toLocalDateTime())
                    || parsed.exceptDates().contains(start.toLocalDate())) {
                continue;
            }
            if (starts.size() == MAX_OCCURRENCES) {
                throw invalid("books more than " + MAX_OCCURRENCES + " occurrences; shorten it with COUNT or UNTIL");
            }
            starts.add(start);
        }
        if (starts.isEmpty()) {
            throw invalid("has no occurrence on or after the start");
        }
        return starts;
    }

    private static void exception(String value, Set<LocalDateTime> times, Set<LocalDate> dates) {
        try {
            if (value.length() == 8) {
                dates.add(LocalDate.parse(value, DATE));
            } else {
                times.add(LocalDateTime.parse(value, LOCAL));
            }
        } catch (DateTimeParseException e) {
            throw invalid("has the exception date '" + value + "'; write 20261124 or 20261124T100000 (local time)");
        }
    }

    private static InvalidInputException invalid(String what) {
        return new InvalidInputException("recurrence", what);
    }
}
