package org.alliance.modality.cbt.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.alliance.spi.modality.Modality;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.SessionCadence;
import org.junit.jupiter.api.Test;

class CbtModalityTest {

    private final CbtModality cbt = new CbtModality();

    @Test
    void buildsItsTemplatesWithoutAValidationError() {
        // The SPI records validate in their constructors: a malformed template fails here, not in a session.
        assertThatCode(CbtModality::new).doesNotThrowAnyException();
    }

    @Test
    void isRegisteredAsAModalityServiceWithTheIdCbt() throws IOException {
        // The component XML bnd generated from @Component and @ModalityId, as Felix SCR reads it.
        String xml = resource("OSGI-INF/" + CbtModality.class.getName() + ".xml");

        assertThat(xml).contains("<provide interface=\"" + Modality.class.getName() + "\"/>")
                .containsPattern("<property name=\"" + Modality.ID_PROPERTY + "\"( type=\"String\")? value=\"cbt\"/>");
    }

    @Test
    void namesAndDescribesTheApproach() {
        assertThat(cbt.name()).isEqualTo("Cognitive behavioural therapy");
        assertThat(cbt.description()).contains("thoughts, feelings and behaviour").contains("homework");
    }

    @Test
    void offersTheThoughtRecordBehaviouralActivationAndSessionTemplates() {
        assertThat(cbt.noteTemplates()).extracting(NoteTemplate::id)
                .containsExactly("thought-record", "behavioural-activation", "session");
    }

    @Test
    void answersTheSameTemplatesOnEveryCall() {
        assertThat(cbt.noteTemplates()).isSameAs(cbt.noteTemplates());
    }

    @Test
    void offersNoOutcomeMeasuresOfItsOwn() {
        // PHQ-9 and GAD-7 come with the notes module; CBT-specific instruments such as BDI-II are copyrighted.
        assertThat(cbt.outcomeMeasures()).isEmpty();
    }

    @Test
    void meetsWeeklyForFiftyMinutesOverSixToTwentySessions() {
        assertThat(cbt.recommendedCadence()).isEqualTo(new SessionCadence(50, 7, "6 to 20 sessions"));
    }

    @Test
    void endingCoversTheBlueprintTaperingBoostersOwnTherapistAndAReviewOfMeasures() {
        assertThat(String.join("\n", cbt.terminationConsiderations()))
                .contains("relapse-prevention plan", "blueprint")
                .contains("Taper the frequency")
                .contains("booster sessions")
                .contains("role of therapist")
                .contains("goals and the outcome measures");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CbtModalityTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the class path (bnd-process writes it before the tests)").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
