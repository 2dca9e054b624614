package org.alliance.termination.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The termination module's static files: its page and card scripts and stylesheet, from this
 * bundle's {@code ui/termination/} folder at {@code /ui/termination/}.
 */
@Component(service = TerminationFiles.class)
@HttpWhiteboardResource(pattern = TerminationFiles.BASE + "/*", prefix = TerminationFiles.BASE)
public class TerminationFiles {

    /** Where the files are, both in the bundle and on the server: {@code /ui/<module id>}. */
    static final String BASE = "/ui/termination";
}
