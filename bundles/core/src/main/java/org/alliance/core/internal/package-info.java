/**
 * The Alliance kernel. Nothing here is exported: other bundles use the contracts in
 * {@code org.alliance.api.core} and {@code org.alliance.spi.rest}.
 */
// Core's schema extender registers ModuleSchema services on behalf of module bundles.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=org.alliance.api.core.ModuleSchema")
@Header(name = "Alliance-Module", value = "core")
@Header(name = "Alliance-Module-Name", value = "Core")
@Header(name = "Alliance-Schema", value = "CORE")
@Header(name = "Karaf-Commands", value = "org.alliance.core.internal.shell")
package org.alliance.core.internal;

import org.osgi.annotation.bundle.Capability;
import org.osgi.annotation.bundle.Header;
