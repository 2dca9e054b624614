package org.alliance.webconsole.internal.csrf;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a request that changes state comes from a page of the same site.
 *
 * <p>The web console authenticates with HTTP Basic, which a browser sends along with any
 * request to the console, including a form another site submits: the console's own forms
 * carry no token. Browsers label every such request with the page's origin ({@code Origin},
 * and {@code Referer} where older browsers omit {@code Origin}), which a page cannot forge.
 * A request is admitted when that origin is the one it was sent to, or one the administrator
 * listed (a reverse proxy rewrites {@code Host} or the scheme, so the two differ there).
 *
 * <p>A request with neither header cannot be told apart from a script's. Every browser that
 * can run the console sends {@code Origin} on a POST, so it is refused unless
 * {@code requireOrigin} was turned off; scripts send an {@code Origin} header themselves.
 */
public final class OriginCheck {

    /** Whether a request may proceed and, when it may not, why, in words for the administrator. */
    public record Verdict(boolean allowed, String reason) {

        static final Verdict ALLOWED = new Verdict(true, null);

        static Verdict refused(String reason) {
            return new Verdict(false, reason);
        }
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final Set<String> allowedOrigins;
    private final boolean requireOrigin;

    /**
     * @param allowedOrigins further origins to admit, e.g. {@code https://practice.example.org};
     *        entries that are not origins are ignored
     * @param requireOrigin refuse requests that carry neither {@code Origin} nor {@code Referer}
     */
    public OriginCheck(Collection<String> allowedOrigins, boolean requireOrigin) {
        this.allowedOrigins = allowedOrigins.stream().map(Origins::of).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        this.requireOrigin = requireOrigin;
    }

    /** Whether requests with this method can change state, and so need checking. */
    public static boolean changesState(String method) {
        return method != null && !SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT));
    }

    /**
     * @param origin the {@code Origin} header, or null
     * @param referer the {@code Referer} header, or null
     * @param scheme the scheme the request arrived with
     * @param host the {@code Host} header the request was sent with
     */
    public Verdict check(String origin, String referer, String scheme, String host) {
        String own = Origins.ofRequest(scheme, host);
        if (origin != null) {
            return admit(Origins.of(origin), origin, own);
        }
        if (referer != null) {
            return admit(Origins.of(referer), referer, own);
        }
        return requireOrigin
                ? Verdict.refused("The request carries neither an Origin nor a Referer header, so it cannot be told"
                        + " apart from a forged one. Browsers send Origin by themselves; a script must send"
                        + " 'Origin: " + (own == null ? "<scheme>://<host>:<port>" : own) + "'.")
                : Verdict.ALLOWED;
    }

    private Verdict admit(String claimed, String header, String own) {
        if (claimed != null && (claimed.equals(own) || allowedOrigins.contains(claimed))) {
            return Verdict.ALLOWED;
        }
        return Verdict.refused("The request came from " + (claimed == null ? "'" + header + "'" : claimed)
                + ", not from the web console at " + (own == null ? "this server" : own) + ", so it was refused as"
                + " a possible cross-site request forgery. If the console is reached through a reverse proxy,"
                + " add the address the browser shows to 'Allowed origins' in the configuration"
                + " 'Alliance Web Console Protection'.");
    }
}
