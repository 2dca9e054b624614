package org.alliance.api.document;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders documents; provided by core. The caller has already decided that the actor may see
 * everything in the document and has audited the export.
 */
@ProviderType
public interface DocumentRenderer {

    /**
     * The document as PDF bytes (A4, embedded fonts covering Latin, Greek and Cyrillic text).
     * Thread-safe.
     */
    byte[] pdf(Document document);
}
