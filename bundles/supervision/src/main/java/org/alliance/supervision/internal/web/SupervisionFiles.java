package org.alliance.supervision.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The supervision module's static files: its page and card scripts and stylesheet, from this
 * bundle's {@code ui/supervision/} folder at {@code /ui/supervision/}.
 */
@Component(service = SupervisionFiles.class)
@HttpWhiteboardResource(pattern = SupervisionFiles.BASE + "/*", prefix = SupervisionFiles.BASE)
public class SupervisionFiles {

    /** Where the files are, both in the bundle and on the server: {@code /ui/<module id>}. */
    static final String BASE = "/ui/supervision";
}
