package org.alliance.modality.psychodynamic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.alliance.spi.modality.Modality;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.SessionCadence;
import org.junit.jupiter.api.Test;

class PsychodynamicModalityTest {

    private final PsychodynamicModality psychodynamic = new PsychodynamicModality();

    @Test
    void buildsItsTemplatesWithoutAValidationError() {
        // The SPI records validate in their constructors: a malformed template fails here, not in a session.
        assertThatCode(PsychodynamicModality::new).doesNotThrowAnyException();
    }

    @Test
    void isRegisteredAsAModalityServiceWithTheIdPsychodynamic() throws IOException {
        // The component XML bnd generated from @Component and @ModalityId, as Felix SCR reads it.
        String xml = resource("OSGI-INF/" + PsychodynamicModality.class.getName() + ".xml");

        assertThat(xml).contains("<provide interface=\"" + Modality.class.getName() + "\"/>")
                .containsPattern("<property name=\"" + Modality.ID_PROPERTY + "\"( type=\"String\")? value=\"psychodynamic\"/>");
    }

    @Test
    void namesAndDescribesTheApproach() {
        assertThat(psychodynamic.name()).isEqualTo("Psychodynamic therapy");
        assertThat(psychodynamic.description()).contains("defences").contains("relationship with the therapist");
    }

    @Test
    void offersTheProcessSessionAndFormulationTemplates() {
        assertThat(psychodynamic.noteTemplates()).extracting(NoteTemplate::id)
                .containsExactly("process-session", "formulation");
    }

    @Test
    void answersTheSameTemplatesOnEveryCall() {
        assertThat(psychodynamic.noteTemplates()).isSameAs(psychodynamic.noteTemplates());
    }

    @Test
    void offersNoOutcomeMeasuresOfItsOwn() {
        assertThat(psychodynamic.outcomeMeasures()).isEmpty();
    }

    @Test
    void meetsWeeklyForFiftyMinutesOpenEndedOrSixteenToThirtySessionsInBriefForms() {
        assertThat(psychodynamic.recommendedCadence())
                .isEqualTo(new SessionCadence(50, 7, "open-ended; brief forms 16 to 30 sessions"));
    }

    @Test
    void endingIsWorkedThroughInTheTransferenceWithADateSetWellAheadAndTheDoorLeftOpen() {
        assertThat(String.join("\n", psychodynamic.terminationConsiderations()))
                .contains("Set the ending date together well ahead")
                .contains("loss and separation")
                .contains("transference")
                .contains("Review the work together")
                .contains("Leave the door open");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = PsychodynamicModalityTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path (bnd-process writes it before the tests)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
