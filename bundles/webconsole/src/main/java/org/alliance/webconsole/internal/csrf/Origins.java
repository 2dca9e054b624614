package org.alliance.webconsole.internal.csrf;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Web origins ({@code scheme://host[:port]}) in one canonical spelling, so that
 * {@code HTTP://Example.org:80} and {@code http://example.org} compare equal.
 */
final class Origins {

    private Origins() {
    }

    /**
     * The origin of an {@code Origin} header value, a {@code Referer} URL or a configured entry;
     * null when there is none (blank, {@code null} as sent by sandboxed frames, not a URL).
     */
    static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (scheme == null || host == null) {
                return null;
            }
            return canonical(scheme, host, uri.getPort());
        } catch (URISyntaxException notAUrl) {
            return null;
        }
    }

    /** The origin a request was sent to: its scheme and its {@code Host} header ({@code host[:port]}). */
    static String ofRequest(String scheme, String hostHeader) {
        return hostHeader == null || hostHeader.isBlank() ? null : of(scheme + "://" + hostHeader.trim());
    }

    private static String canonical(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || s.equals("http") && port == 80 || s.equals("https") && port == 443;
        return s + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
