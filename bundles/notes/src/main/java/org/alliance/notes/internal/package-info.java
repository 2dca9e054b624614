/**
 * The notes module: clinical notes from templates (built in and from modality plugins), signing,
 * co-signature and addenda, psychotherapy notes kept apart, treatment plans, outcome measures and
 * the record export; clinical text is sealed with core's {@code ClinicalCipher} before it reaches
 * the database. Nothing here is exported; other modules use {@code org.alliance.api.notes}.
 */
@Header(name = "Alliance-Module", value = "notes")
@Header(name = "Alliance-Module-Name", value = "Clinical notes")
@Header(name = "Alliance-Schema", value = "NOTES")
package org.alliance.notes.internal;

import org.osgi.annotation.bundle.Header;
