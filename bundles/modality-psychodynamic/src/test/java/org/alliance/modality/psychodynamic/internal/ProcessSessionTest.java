package org.alliance.modality.psychodynamic.internal;

import static org.alliance.spi.modality.FieldType.CHOICE;
import static org.alliance.spi.modality.FieldType.LONG_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.spi.modality.NoteTemplate;
import org.junit.jupiter.api.Test;

class ProcessSessionTest {

    private final NoteTemplate session = ProcessSession.template();

    @Test
    void coversThemesMaterialTheRelationshipDefencesInterventionsAllianceFormulationAndPlan() {
        assertThat(Fields.ids(session)).containsSubsequence("main-themes", "material", "transference",
                "countertransference", "defences", "interventions", "alliance", "formulation-update", "plan");
    }

    @Test
    void cannotBeSignedWithoutThemesInterventionsAndAPlanButNeverForcesTransferenceOrARupture() {
        assertThat(Fields.required(session)).containsExactly("main-themes", "interventions", "plan");
    }

    @Test
    void defencesAreDescribedAndTheirLevelPickedFromTheDefensiveFunctioningScale() {
        assertThat(Fields.field(session, "defences").type()).isEqualTo(LONG_TEXT);
        assertThat(Fields.field(session, "defensive-level").type()).isEqualTo(CHOICE);
        assertThat(Fields.field(session, "defensive-level").options()).hasSize(7)
                .startsWith("High adaptive").endsWith("Defensive dysregulation");
    }

    @Test
    void interventionsNameTheExpressiveAndSupportiveTechniques() {
        assertThat(Fields.field(session, "interventions").help()).contains("Interpretation", "confrontation",
                "clarification", "validation");
        assertThat(Fields.field(session, "stance").options()).contains("Mainly supportive");
    }

    @Test
    void tellsTheWriterThatProcessMaterialBelongsInAPsychotherapyNote() {
        assertThat(session.description()).contains("psychotherapy note");
    }

    @Test
    void aRuptureIsRecordedWithWhetherItWasAddressed() {
        assertThat(Fields.field(session, "alliance").options()).contains("Rupture, addressed in the session",
                "Rupture, not yet addressed");
    }
}
