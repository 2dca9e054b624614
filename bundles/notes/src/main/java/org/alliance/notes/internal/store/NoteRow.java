package org.alliance.notes.internal.store;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.alliance.api.notes.NoteKind;
import org.alliance.api.notes.NoteStatus;
import org.alliance.api.notes.TemplateRef;

/** A note as stored, opened: fields in plain text, only ever held in memory. */
public record NoteRow(UUID id, UUID engagementId, UUID clientId, UUID appointmentId, UUID authorId, NoteKind kind,
        NoteStatus status, TemplateRef template, Map<String, String> fields, Instant createdAt, Instant updatedAt,
        Instant signedAt, UUID cosignerId, String cosignReason, Instant cosignedAt) {

    public NoteRow withFields(Map<String, String> newFields, Instant at) {
        return new NoteRow(id, engagementId, clientId, appointmentId, authorId, kind, status, template, newFields,
                createdAt, at, signedAt, cosignerId, cosignReason, cosignedAt);
    }

    public NoteRow withStatus(NoteStatus newStatus, Instant at, Instant newSignedAt, UUID newCosignerId,
            String newCosignReason, Instant newCosignedAt) {
        return new NoteRow(id, engagementId, clientId, appointmentId, authorId, kind, newStatus, template, fields,
                createdAt, at, newSignedAt, newCosignerId, newCosignReason, newCosignedAt);
    }
}
