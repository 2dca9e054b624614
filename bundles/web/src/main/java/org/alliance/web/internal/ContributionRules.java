package org.alliance.web.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.alliance.api.core.Actor;
import org.alliance.spi.web.DashboardCard;
import org.alliance.spi.web.WebPage;

/** What a contribution must satisfy to be shown, and who sees which. */
final class ContributionRules {

    /** Paths the server itself answers; a page there could never be reached or would hide something. */
    private static final List<String> RESERVED = List.of("/api", "/ui", "/system", "/setup", "/login");
    private static final Pattern PATH = Pattern.compile("/[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9.-]*");
    /** Scripts load from this server's /ui/ only: the shell's content security policy allows nothing else. */
    private static final Pattern SCRIPT = Pattern.compile("/ui/[a-z0-9][a-z0-9.-]*/[A-Za-z0-9._/-]+\\.js");

    private ContributionRules() {
    }

    static Contribution page(WebPage page, String module) {
        String id = id(page.id());
        String path = page.path();
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("page '" + id + "' of " + module + " has path '" + path
                    + "'; a page path is lower-case segments after a slash, like /scheduling");
        }
        for (String reserved : RESERVED) {
            if (path.equals(reserved) || path.startsWith(reserved + "/")) {
                throw new IllegalArgumentException("page '" + id + "' of " + module + " uses the reserved path " + path);
            }
        }
        return new Contribution(id, title(id, page.title()), path, script(id, page.script()), page.order(),
                page.navigation(), module, nonNull(page.roles()));
    }

    static Contribution card(DashboardCard card, String module) {
        String id = id(card.id());
        return new Contribution(id, title(id, card.title()), null, script(id, card.script()), card.order(), false,
                module, nonNull(card.roles()));
    }

    /** Those the actor may see, ordered; a second contribution with an id or key already taken is dropped. */
    static List<Contribution> visible(Collection<Contribution> all, Actor actor, Function<Contribution, String> key) {
        Set<String> seenIds = new HashSet<>();
        Set<String> seenKeys = new HashSet<>();
        List<Contribution> result = new ArrayList<>();
        for (Contribution c : all) {
            // Both are claimed even by a contribution this actor cannot see, so that what wins a
            // clash does not depend on who is looking.
            boolean firstWithId = seenIds.add(c.id());
            boolean firstWithKey = seenKeys.add(key.apply(c));
            if (firstWithId && firstWithKey && c.visibleTo(actor)) {
                result.add(c);
            }
        }
        result.sort(ContributionRegistry.ORDER);
        return result;
    }

    private static String id(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a contribution has the id '" + id
                    + "'; ids are lower-case letters, digits, dots and dashes");
        }
        return id;
    }

    private static String title(String id, String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("contribution '" + id + "' has no title");
        }
        return title.strip();
    }

    private static String script(String id, String script) {
        if (script == null || !SCRIPT.matcher(script).matches() || script.contains("..")) {
            throw new IllegalArgumentException("contribution '" + id + "' has script '" + script
                    + "'; scripts are served by their module under /ui/<module>/ and end in .js");
        }
        return script;
    }

    private static <T> Set<T> nonNull(Set<T> set) {
        return set == null ? Set.of() : set;
    }
}
