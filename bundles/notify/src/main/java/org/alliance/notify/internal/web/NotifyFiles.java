package org.alliance.notify.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the page and card scripts from this bundle's {@code ui/notify/} folder at
 * {@code /ui/notify/}. The HTTP whiteboard does the work; this component only carries the
 * resource properties, and takes them away with the bundle.
 */
@Component(service = NotifyFiles.class)
@HttpWhiteboardResource(pattern = NotifyFiles.BASE + "/*", prefix = NotifyFiles.BASE)
public class NotifyFiles {

    /** Where the scripts are, both in the bundle and on the server: {@code /ui/<module id>}. */
    static final String BASE = "/ui/notify";
}
