/**
 * The modality extension point: what a plugin for a therapeutic approach (CBT,
 * psychodynamic, DBT, EMDR, ...) adds to the practice.
 *
 * <p>A plugin registers one {@link org.alliance.spi.modality.Modality} service per approach,
 * identified by the service property {@value org.alliance.spi.modality.Modality#ID_PROPERTY}
 * (use the {@link org.alliance.spi.modality.ModalityId} component property type so it cannot be
 * misspelled). The notes module offers its note templates and outcome measures, the
 * termination workflow shows its termination considerations, and engagements name it. The
 * plugin imports only this package (and, if it contributes pages, {@code org.alliance.spi.web}).
 *
 * <p>Versioning: types a plugin implements are {@code @ConsumerType}; new methods arrive as
 * {@code default} methods with {@code @since}, so a plugin built against 1.0 keeps working.
 * The records are immutable and validate their input in the constructor, so a plugin with a
 * malformed template fails in its own tests, not in a therapist's session.
 */
@Export
@Version("1.0.0")
package org.alliance.spi.modality;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
