/**
 * How a module contributes to the practice web app served at {@code /}.
 *
 * <p>The web app is one page (the shell, bundle {@code org.alliance.web}) that signs the user
 * in, draws the layout and navigation, and loads the pages of the installed modules. A
 * module contributes by registering whiteboard services:
 * <ul>
 * <li>{@link org.alliance.spi.web.WebPage}: a page at an application path, usually with a
 * navigation entry;</li>
 * <li>{@link org.alliance.spi.web.DashboardCard}: a card on the home dashboard.</li>
 * </ul>
 * and serves its own static files (the page scripts, styles, images) under
 * {@code /ui/<module id>/}, typically with
 * {@code @HttpWhiteboardResource(pattern = "/ui/scheduling/*", prefix = "/ui")}.
 *
 * <p>The shell shows a contribution only to users holding one of its roles, and forgets it the
 * moment its service goes away (the module was disabled or uninstalled); a bookmarked path of
 * a missing module then tells the user plainly that no installed module provides it. Roles
 * in the web app are for convenience only: every API call is authorized again by the service.
 *
 * <p><b>The script contract.</b> A contribution's script is a JavaScript module (ES module,
 * no build step) whose default export renders into a container:
 * <pre>
 * export default async function render(container, app) { ... }
 * </pre>
 * {@code app} offers {@code app.api(method, path, body)} (JSON, session and CSRF token
 * handled, API problems thrown as errors carrying the problem's detail),
 * {@code app.session} (the signed-in user), {@code app.path} (the path being shown, for
 * sub-paths), {@code app.navigate(path)}, {@code app.showError(error)} and
 * {@code app.html}/{@code app.render} (lit-html, which escapes every value it inserts).
 * The plugin developer guide documents it with an example.
 */
@Export
@Version("1.0.0")
package org.alliance.spi.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
