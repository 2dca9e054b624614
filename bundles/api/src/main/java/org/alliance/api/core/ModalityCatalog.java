package org.alliance.api.core;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The modalities installed right now: core tracks every
 * {@link org.alliance.spi.modality.Modality} service and answers from them on each call, so a
 * plugin installed or uninstalled at runtime shows or disappears at once. Holds no client data;
 * any caller may ask. Served at {@code GET /api/v1/modalities}.
 */
@ProviderType
public interface ModalityCatalog {

    /** The installed modalities, ordered by name. */
    List<ModalityInfo> installed();

    /** One installed modality by id, or empty when no plugin provides it (any more). */
    Optional<ModalityInfo> find(String modalityId);
}
