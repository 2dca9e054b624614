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
 * {@code app} offers:
 * <ul>
 * <li>{@code app.api(method, path, body)}: a call to {@code /api} (a path like
 * {@code /v1/scheduling/appointments}) with JSON in and out, the session and CSRF token
 * handled; it resolves to the parsed body and rejects with an error whose {@code message} is
 * the problem's detail and whose {@code status} and {@code field} come from the problem;</li>
 * <li>{@code app.user} (the signed-in user: {@code id}, {@code displayName}, {@code roles} as
 * lower-case names) and {@code app.session};</li>
 * <li>{@code app.path}, the path being shown (a page receives its sub-paths), and
 * {@code app.contribution}, the page or card being drawn;</li>
 * <li>{@code app.practice} ({@code name}, {@code timeZone}: an IANA zone id);</li>
 * <li>{@code app.navigate(path)}; {@code app.showError(error)} (a banner above the page;
 * {@code null} clears it) and {@code app.problem(error)} (the same as a template, for
 * showing an error next to what failed);</li>
 * <li>{@code app.html}, {@code app.render}, {@code app.nothing} (lit-html, which escapes
 * every value it inserts) and {@code app.format} (dates in the practice's zone, role names,
 * {@code holds(user, ...roles)});</li>
 * <li>{@code app.confirm({id, title, body, confirm, cancel, danger})}, a modal question
 * before an action that cannot be undone, resolving to {@code true} when confirmed (since the
 * shell of Alliance 0.1: every module asks the same way).</li>
 * </ul>
 * A page draws everything below the navigation, its {@code <h1>} included; a card draws its
 * body, under the title the shell draws. An error thrown by the render function is shown in
 * place of the page or card. The shell's content security policy allows scripts, styles and
 * images from this server only: no inline scripts or {@code style} attributes.
 * The plugin developer guide documents it with an example.
 */
@Export
@Version("1.0.0")
package org.alliance.spi.web;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
