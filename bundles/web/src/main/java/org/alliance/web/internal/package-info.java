/** Implementation of the web bundle; nothing here is exported. */
package org.alliance.web.internal;
