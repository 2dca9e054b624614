package org.alliance.webconsole.internal.modules;

import java.io.FileNotFoundException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.SAXException;

/**
 * Turns what Karaf throws while installing features or adding repositories into one sentence an
 * administrator can act on. The resolver's message nests every step ("Unable to resolve root
 * ... [caused by: Unable to resolve feature ... [caused by: ...]]"); the innermost step is the
 * one to fix, so that is the one explained. The whole chain is kept as the details.
 */
final class KarafErrors {

    private static final Pattern INNERMOST = Pattern.compile(
            "Unable to resolve ([^:]+): missing requirement \\[[^\\]]*\\] ([\\w.]+)(.*)");
    private static final Pattern PACKAGE = Pattern.compile("osgi\\.wiring\\.package=([^)\\s;]+)");
    private static final Pattern LOWER = Pattern.compile("(?<!!)\\(version>=([^)]+)\\)");
    private static final Pattern UPPER_EXCLUSIVE = Pattern.compile("\\(!\\(version>=([^)]+)\\)\\)");
    private static final Pattern UPPER_INCLUSIVE = Pattern.compile("\\(version<=([^)]+)\\)");
    private static final Pattern IDENTITY = Pattern.compile("osgi\\.identity=([^;\\s]+); type=([\\w.]+)");
    private static final Pattern SERVICE = Pattern.compile("objectClass=([^)\\s]+)");
    private static final Pattern DOWNLOAD = Pattern.compile("Error downloading (\\S+)");

    private KarafErrors() {
    }

    /** A {@link ModuleProblem} for a failed Karaf operation: "{@code doing}: why." */
    static ModuleProblem problem(int status, String doing, Exception e) {
        return new ModuleProblem(status, doing + ": " + explain(e), details(e));
    }

    /** The one sentence that says why, without the doing. */
    static String explain(Throwable e) {
        // The first resolver message in the chain nests all the others; its last step is the deepest.
        for (Throwable t : chain(e)) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            int last = message.lastIndexOf("Unable to resolve ");
            Matcher m = INNERMOST.matcher(last < 0 ? "" : message.substring(last));
            if (m.find()) {
                return missing(m.group(1).trim(), m.group(2), trimBrackets(m.group(3)));
            }
        }
        Matcher download = DOWNLOAD.matcher(details(e));
        if (download.find()) {
            return "could not download " + download.group(1) + ". It is neither in the server's system folder"
                    + " nor in a Maven repository the server can reach.";
        }
        for (Throwable t : chain(e)) {
            if (t instanceof FileNotFoundException || t instanceof NoSuchFileException) {
                return "there is nothing to read at that address (" + t.getMessage() + ").";
            }
            if (t instanceof SAXException) {
                return "it is not a valid features repository: " + t.getMessage();
            }
            if (t instanceof UnknownHostException || t instanceof ConnectException) {
                return "the server cannot reach that address (" + t + ").";
            }
        }
        String first = firstMessage(e);
        return first == null ? e.getClass().getSimpleName() : first;
    }

    private static String missing(String who, String namespace, String requirement) {
        switch (namespace) {
            case "osgi.wiring.package": {
                Matcher p = PACKAGE.matcher(requirement);
                String pkg = p.find() ? p.group(1) : requirement;
                return who + " needs the Java package " + pkg + versions(requirement)
                        + ", which no installed or available bundle provides. Add a bundle that exports it to the"
                        + " plugin's feature, or install the feature that has one first.";
            }
            case "osgi.identity": {
                Matcher id = IDENTITY.matcher(requirement);
                if (!id.find()) {
                    return who + " needs " + requirement + ", which cannot be found.";
                }
                if (id.group(2).equals("karaf.feature")) {
                    return who + " needs the feature " + id.group(1) + ", which no known features repository"
                            + " contains. Add the repository or plugin that provides it first.";
                }
                return who + " needs the bundle " + id.group(1) + ", which cannot be found.";
            }
            case "osgi.service": {
                Matcher s = SERVICE.matcher(requirement);
                return who + " needs a service " + (s.find() ? s.group(1) : requirement)
                        + " that no installed or available bundle offers.";
            }
            case "osgi.ee":
                return who + " needs a different Java version than the server runs (" + requirement + ").";
            default:
                return who + " needs " + namespace + " " + requirement + ", which nothing provides.";
        }
    }

    /** " (version 1.2.0 or later, before 2.0.0)" from an LDAP filter's version clauses. */
    private static String versions(String filter) {
        List<String> parts = new ArrayList<>();
        Matcher lower = LOWER.matcher(filter);
        if (lower.find()) {
            parts.add("version " + lower.group(1) + " or later");
        }
        Matcher upper = UPPER_EXCLUSIVE.matcher(filter);
        if (upper.find()) {
            parts.add("before " + upper.group(1));
        } else {
            Matcher inclusive = UPPER_INCLUSIVE.matcher(filter);
            if (inclusive.find()) {
                parts.add("up to " + inclusive.group(1));
            }
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String trimBrackets(String s) {
        String t = s.trim();
        if (t.startsWith(";")) {
            t = t.substring(1).trim();
        }
        while (t.endsWith("]")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        return t;
    }

    private static String firstMessage(Throwable e) {
        for (Throwable t : chain(e)) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage().trim();
            }
        }
        return null;
    }

    /** Every message of the chain, causes and suppressed exceptions included, each once. */
    static String details(Throwable e) {
        List<String> lines = new ArrayList<>();
        for (Throwable t : chain(e)) {
            String line = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage().trim());
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }

    private static List<Throwable> chain(Throwable e) {
        List<Throwable> out = new ArrayList<>();
        collect(e, out, new IdentityHashMap<>());
        return out;
    }

    private static void collect(Throwable t, List<Throwable> out, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return;
        }
        out.add(t);
        for (Throwable s : t.getSuppressed()) {
            collect(s, out, seen);
        }
        collect(t.getCause(), out, seen);
    }
}
