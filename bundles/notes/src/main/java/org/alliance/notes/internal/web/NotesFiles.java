package org.alliance.notes.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The notes module's static files: its page and card scripts and stylesheet from this bundle's
 * {@code ui/notes/} folder at {@code /ui/notes/}, and the chart library (Chart.js, copied into
 * this bundle from its WebJar by bnd) at {@code /ui/notes/lib/<name>/<version>/}; the longer
 * pattern wins for the library.
 */
public final class NotesFiles {

    /** Where the files are, both in the bundle and on the server: {@code /ui/<module id>}. */
    static final String BASE = "/ui/notes";

    private NotesFiles() {
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
