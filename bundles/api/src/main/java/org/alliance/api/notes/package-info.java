/**
 * Clinical notes: progress notes written from templates, psychotherapy (process) notes kept
 * apart, treatment plans and outcome measures. Provided by the notes module
 * ({@code alliance-notes}); other modules take {@link org.alliance.api.notes.NotesService} as an
 * optional reference.
 *
 * <p>Two contracts let other modules join in without the notes module knowing them:
 * {@link org.alliance.api.notes.SignatureRequirement} (the supervision module asks for a
 * co-signature of an intern's notes) and {@link org.alliance.api.notes.NoteAccessGrant} (a
 * supervisor's reading under the supervised-training exception).
 */
@Export
@Version("1.0.0")
package org.alliance.api.notes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
