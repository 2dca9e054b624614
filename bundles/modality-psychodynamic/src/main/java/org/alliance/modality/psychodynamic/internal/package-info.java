/**
 * The psychodynamic therapy modality: one {@link org.alliance.spi.modality.Modality} service
 * with the id {@code psychodynamic}, offering a process session note and a case formulation, the
 * usual cadence and what to weigh when ending. Like every Alliance plugin it exports nothing and
 * talks to Alliance only through {@code org.alliance.spi.modality}.
 *
 * <p>The headers let core list the plugin among the modules ({@code GET /api/v1/modules}); it
 * has no tables, so it declares no {@code Alliance-Schema}.
 */
@Header(name = "Alliance-Module", value = "modality-psychodynamic")
@Header(name = "Alliance-Module-Name", value = "Psychodynamic therapy")
@Header(name = "Alliance-Module-Kind", value = "plugin")
package org.alliance.modality.psychodynamic.internal;

import org.osgi.annotation.bundle.Header;
