package org.alliance.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The shell's scripts and styles under {@code /ui/web/}, and the lit-html library under
 * {@code /ui/web/lib/lit-html/<version>/} straight from its WebJar (copied into this bundle by
 * bnd); the longer pattern wins for the library.
 */
public final class StaticFiles {

    private StaticFiles() {
    }

    @Component(service = Shell.class)
    @HttpWhiteboardResource(pattern = "/ui/web/*", prefix = "/ui/web")
    public static final class Shell {
    }

    @Component(service = Library.class)
    @HttpWhiteboardResource(pattern = "/ui/web/lib/*", prefix = "/META-INF/resources/webjars")
    public static final class Library {
    }
}
