/**
 * The ${modalityName} plugin for Alliance. Like every Alliance plugin it exports nothing: it
 * only registers a {@link org.alliance.spi.modality.Modality} service, which Alliance finds by
 * its {@code alliance.modality.id} property. Keeping the code in an {@code internal} package
 * means no other bundle can come to depend on it.
 *
 * <p>The headers below make the plugin show in Alliance's module list
 * ({@code GET /api/v1/modules}) under the same id as its feature, {@code alliance-modality-${modalityId}}.
 * A modality plugin has no tables, so it declares no {@code Alliance-Schema}.
 */
@Header(name = "Alliance-Module", value = "modality-${modalityId}")
@Header(name = "Alliance-Module-Name", value = "${modalityName}")
@Header(name = "Alliance-Module-Kind", value = "plugin")
package ${package}.internal;

import org.osgi.annotation.bundle.Header;
