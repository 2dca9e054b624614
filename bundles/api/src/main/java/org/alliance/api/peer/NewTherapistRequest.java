package org.alliance.api.peer;

/**
 * What a practitioner looking for their own therapist asks for.
 *
 * @param modality a modality id, required
 * @param medium   required
 * @param language optional; {@code null} for any
 */
public record NewTherapistRequest(String modality, Medium medium, String language) {
}
