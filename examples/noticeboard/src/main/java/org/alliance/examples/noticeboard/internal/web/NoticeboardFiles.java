package org.alliance.examples.noticeboard.internal.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the page scripts from this bundle's {@code ui/noticeboard/} folder at
 * {@code /ui/noticeboard/}. The HTTP whiteboard does the work; this component only registers
 * the service that carries the resource properties, and takes them away with the bundle.
 */
@Component(service = NoticeboardFiles.class)
@HttpWhiteboardResource(pattern = NoticeboardFiles.BASE + "/*", prefix = NoticeboardFiles.BASE)
public class NoticeboardFiles {

    /** Where the scripts are, both in the bundle and on the server: {@code /ui/<module id>}. */
    static final String BASE = "/ui/noticeboard";
}
