package org.alliance.peer.internal.web;

import org.osgi.service.component.annotations.Component;

/**
 * The peer network's static files: its page and card scripts and stylesheet, from this bundle's
 * {@code ui/peer/} folder at {@code /ui/peer/}.
 *
 * <p>The HTTP whiteboard properties are written out rather than taken from
 * {@code @HttpWhiteboardResource} (as the supervision module does) because this bundle's pom does
 * not depend on {@code org.osgi.service.http.whiteboard}; the properties are the same.
 */
@Component(service = PeerFiles.class, property = {
    "osgi.http.whiteboard.resource.pattern=" + PeerFiles.BASE + "/*",
    "osgi.http.whiteboard.resource.prefix=" + PeerFiles.BASE,
})
public class PeerFiles {

    /** Where the files are, both in the bundle and on the server: {@code /ui/<module id>}. */
    static final String BASE = "/ui/peer";
}
