package org.alliance.modality.psychodynamic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.spi.modality.NoteTemplate;
import org.junit.jupiter.api.Test;

class FormulationTest {

    private final NoteTemplate formulation = Formulation.template();

    @Test
    void theCoreConflictualRelationshipThemeHasItsThreeComponentsInOrder() {
        assertThat(Fields.ids(formulation)).containsSubsequence("ccrt-wish", "ccrt-response-of-other",
                "ccrt-response-of-self");
        assertThat(Fields.field(formulation, "ccrt-wish").label()).endsWith("wish");
    }

    @Test
    void cannotBeSignedWithoutTheThemeDefencesObjectRelationsAndStrengths() {
        assertThat(Fields.required(formulation)).containsExactly("presenting-problem", "ccrt-wish",
                "ccrt-response-of-other", "ccrt-response-of-self", "defences", "object-relations", "strengths");
    }

    @Test
    void historyEpisodesAndFocusMayComeLater() {
        assertThat(formulation.fields()).filteredOn(f -> !f.required()).extracting(f -> f.id())
                .containsExactly("relationship-episodes", "developmental-history", "focus");
    }
}
