package org.alliance.scheduling.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The scheduling module's static files: its page and card scripts and stylesheet from this
 * bundle's {@code ui/scheduling/} folder at {@code /ui/scheduling/}, and the calendar widget
 * (FullCalendar, copied into this bundle from its WebJar by bnd) at
 * {@code /ui/scheduling/lib/<name>/<version>/}; the longer pattern wins for the library.
 */
public final class SchedulingFiles {

    /** Where the files are, both in the bundle and on the server: {@code /ui/<module id>}. */
    static final String BASE = "/ui/scheduling";

    private SchedulingFiles() {
    }

    @Component(service = Scripts.class)
    @HttpWhiteboardResource(pattern = BASE + "/*", prefix = BASE)
    public static final class Scripts {
    }

    @Component(service = Library.class)
    @HttpWhiteboardResource(pattern = BASE + "/lib/*", prefix = "/META-INF/resources/webjars")
    public static final class Library {
    }
}
