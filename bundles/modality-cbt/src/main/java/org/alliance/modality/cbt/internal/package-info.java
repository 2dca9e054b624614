/**
 * The cognitive behavioural therapy modality: one {@link org.alliance.spi.modality.Modality}
 * service with the id {@code cbt}, offering CBT's note templates, its usual cadence and what to
 * weigh when ending. Like every Alliance plugin it exports nothing and talks to Alliance only
 * through {@code org.alliance.spi.modality}.
 *
 * <p>The headers let core list the plugin among the modules ({@code GET /api/v1/modules}); it
 * has no tables, so it declares no {@code Alliance-Schema}.
 */
@Header(name = "Alliance-Module", value = "modality-cbt")
@Header(name = "Alliance-Module-Name", value = "Cognitive behavioural therapy")
@Header(name = "Alliance-Module-Kind", value = "plugin")
package org.alliance.modality.cbt.internal;

import org.osgi.annotation.bundle.Header;
