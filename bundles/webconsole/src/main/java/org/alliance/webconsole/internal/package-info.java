/** Implementation of the webconsole bundle; nothing here is exported. */
package org.alliance.webconsole.internal;
