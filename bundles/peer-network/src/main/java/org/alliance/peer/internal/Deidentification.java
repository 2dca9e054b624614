package org.alliance.peer.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds identifiers in text meant to be de-identified (APA 4.06; HIPAA Safe Harbor lists names,
 * dates more specific than a year, phone numbers, email addresses and addresses). Pure: the
 * answer is the kinds of identifier found, in words, never the identifier itself, so that the
 * refusal can be shown and logged without repeating what it refuses.
 */
final class Deidentification {

    static final String CLIENT_NAME = "the client's name";
    static final String CLIENT_BIRTH_DATE = "the client's date of birth";
    static final String CLIENT_EMAIL = "the client's email address";
    static final String CLIENT_PHONE = "the client's phone number";
    static final String CLIENT_ADDRESS = "the client's address";
    static final String AN_EMAIL = "an email address";
    static final String A_PHONE = "a phone number";
    static final String A_DATE = "a full date";

    /** What the client's record says; any component may be {@code null}. */
    record ClientIdentity(String name, LocalDate dateOfBirth, String email, String phone, String address) {
    }

    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    /** 2026-03-03 */
    private static final Pattern ISO_DATE = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
    /** 3/4/2026, 3.4.2026, 3-4-2026: day-first or month-first, both are tried. */
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");
    /** 3 March 2026, 3rd of March, 2026 */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            NOT_WORD_BEFORE + "(\\d{1,2})" + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    /** March 3, 2026; March 3rd 2026 */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            NOT_WORD_BEFORE + MONTH + "\\s+(\\d{1,2})" + ORDINAL + ",?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);

    /** Digits with the separators people write phone numbers with; judged further in {@link #looksLikePhone}. */
    private static final Pattern PHONE_LIKE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d[\\d ().\\-]*\\d(?![\\p{L}\\p{N}])");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\d{4}\\s*-\\s*\\d{4}");

    private Deidentification() {
    }

    /** The kinds of identifier in {@code text}, in a fixed order, each once; empty when none. */
    static List<String> findings(String text, ClientIdentity client) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        if (containsName(text, client.name())) {
            found.add(CLIENT_NAME);
        }
        // Dates first, and blanked out, so that "2026-03-03" is not also read as a phone number.
        StringBuilder rest = new StringBuilder(text);
        for (LocalDate[] readings : dates(text, rest)) {
            boolean birthDate = client.dateOfBirth() != null && List.of(readings).contains(client.dateOfBirth());
            found.add(birthDate ? CLIENT_BIRTH_DATE : A_DATE);
        }
        Matcher email = EMAIL.matcher(rest);
        while (email.find()) {
            boolean theirs = client.email() != null && email.group().equalsIgnoreCase(client.email().strip());
            found.add(theirs ? CLIENT_EMAIL : AN_EMAIL);
            blank(rest, email.start(), email.end());
        }
        String clientDigits = digits(client.phone());
        Matcher phone = PHONE_LIKE.matcher(rest);
        while (phone.find()) {
            if (looksLikePhone(phone.group())) {
                found.add(samePhone(digits(phone.group()), clientDigits) ? CLIENT_PHONE : A_PHONE);
            }
        }
        if (containsAddress(text, client.address())) {
            found.add(CLIENT_ADDRESS);
        }
        return sorted(found);
    }

    private static List<String> sorted(Set<String> found) {
        List<String> order = List.of(CLIENT_NAME, CLIENT_BIRTH_DATE, CLIENT_EMAIL, CLIENT_PHONE, CLIENT_ADDRESS, AN_EMAIL,
                A_PHONE, A_DATE);
        return order.stream().filter(found::contains).toList();
    }

    /** The whole name, or any part of it with at least three letters, as a word of its own. */
    private static boolean containsName(String text, String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        List<String> parts = new ArrayList<>();
        parts.add(name.strip());
        for (String part : name.strip().split("[\\s\\-'’]+")) {
            String word = part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (word.codePoints().filter(Character::isLetter).count() >= 3) {
                parts.add(word);
            }
        }
        return parts.stream().anyMatch(part -> wordIn(text, part));
    }

    /**
     * Any line or comma-separated part of the recorded address of four or more characters (street,
     * with or without its number, town, postal code: Safe Harbor counts every geographic unit smaller
     * than a state).
     */
    private static boolean containsAddress(String text, String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        for (String part : address.split("[,\\n;]+")) {
            String piece = part.strip().replaceAll("\\s+", " ");
            // the street is identifying with or without its house number
            String street = piece.replaceFirst("^\\d+[a-zA-Z]?\\s+", "");
            for (String candidate : List.of(piece, street)) {
                if (candidate.length() >= 4 && wordIn(text.replaceAll("\\s+", " "), candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean wordIn(String text, String word) {
        return Pattern.compile(NOT_WORD_BEFORE + Pattern.quote(word) + NOT_WORD_AFTER,
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
    }

    /** Every full date, each with its possible readings; the matched spans are blanked in {@code rest}. */
    private static List<LocalDate[]> dates(String text, StringBuilder rest) {
        List<LocalDate[]> found = new ArrayList<>();
        Matcher iso = ISO_DATE.matcher(text);
        while (iso.find()) {
            add(found, rest, iso, date(iso.group(1), iso.group(2), iso.group(3)));
        }
        Matcher numeric = NUMERIC_DATE.matcher(text);
        while (numeric.find()) {
            add(found, rest, numeric, date(numeric.group(3), numeric.group(2), numeric.group(1)),
                    date(numeric.group(3), numeric.group(1), numeric.group(2)));
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(text);
        while (dmy.find()) {
            add(found, rest, dmy, date(dmy.group(3), month(dmy.group(2)), dmy.group(1)));
        }
        Matcher mdy = MONTH_DAY_YEAR.matcher(text);
        while (mdy.find()) {
            add(found, rest, mdy, date(mdy.group(3), month(mdy.group(1)), mdy.group(2)));
        }
        return found;
    }

    private static void add(List<LocalDate[]> found, StringBuilder rest, Matcher m, LocalDate... readings) {
        LocalDate[] valid = java.util.Arrays.stream(readings).filter(java.util.Objects::nonNull).toArray(LocalDate[]::new);
        if (valid.length > 0) {
            found.add(valid);
            blank(rest, m.start(), m.end());
        }
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3)));
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static void blank(StringBuilder rest, int start, int end) {
        for (int i = start; i < end; i++) {
            rest.setCharAt(i, ' ');
        }
    }

    /**
     * Seven or more digits, with at least one run of three or more: "555 123 4567" and "5551234567"
     * are numbers, while scores in a row ("12 14 16 18") and a span of years are not.
     */
    private static boolean looksLikePhone(String candidate) {
        if (digits(candidate).length() < 7 || YEAR_RANGE.matcher(candidate.strip()).matches()) {
            return false;
        }
        for (String group : candidate.split("[^0-9]+")) {
            if (group.length() >= 3) {
                return true;
            }
        }
        return false;
    }

    /** The same number, allowing a country or trunk prefix on either side. */
    private static boolean samePhone(String written, String recorded) {
        if (recorded.length() < 7) {
            return false;
        }
        return written.endsWith(recorded) || recorded.endsWith(written) && written.length() >= 7
                || written.replaceFirst("^0+", "").endsWith(recorded.replaceFirst("^0+", ""));
    }

    private static String digits(String s) {
        return s == null ? "" : s.replaceAll("[^0-9]", "");
    }
}
