package org.alliance.web.internal;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Headers for every module's static files under {@code /ui/}: scripts are never sniffed as
 * something else, and are revalidated on each load so that a module upgraded at runtime is
 * picked up without a hard reload (the resource servlet answers 304 when nothing changed).
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterName("alliance-web-static-headers")
@HttpWhiteboardFilterPattern("/ui/*")
public class StaticHeaders implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        http.setHeader("X-Content-Type-Options", "nosniff");
        http.setHeader("Cache-Control", "no-cache");
        chain.doFilter(request, response);
    }
}
