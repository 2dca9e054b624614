/**
 * The "Practice Modules" page of the Karaf web console and the console's cross-site request
 * forgery protection. Nothing here is exported: the page is a console plugin (a servlet service
 * the console finds by its {@code felix.webconsole.label}), the protection a whiteboard
 * preprocessor.
 */
package org.alliance.webconsole.internal;
