package ${package}.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.alliance.spi.modality.Modality;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.OutcomeMeasure;
import org.alliance.spi.modality.SeverityBand;
import org.alliance.spi.modality.TemplateField;
import org.junit.jupiter.api.Test;

/**
 * What Alliance relies on when it installs this plugin, checked at build time. The API's records
 * already refuse a malformed field, item or band when they are constructed; these tests add the
 * rules that span several of them (unique ids within the modality) and construct everything, so
 * a mistake fails {@code mvn verify} and not a therapist's session.
 */
class ${modalityClass}Test {

    /** The id rule of org.alliance.spi.modality, for modality, template and measure ids. */
    private static final String ID = "[a-z][a-z0-9-]{0,63}";

    private final Modality modality = new ${modalityClass}();

    @Test
    void registersUnderItsModalityId() throws IOException, URISyntaxException {
        // In a Maven build bnd has written the component description from @Component and
        // @ModalityId before the tests run; an IDE that compiles without bnd has none.
        Path classes = Path.of(modality.getClass().getProtectionDomain().getCodeSource().getLocation().toURI());
        Path descriptor = classes.resolve("OSGI-INF/" + modality.getClass().getName() + ".xml");
        assumeTrue(Files.exists(descriptor), "no component description: bnd has not run (build with mvn verify)");

        String xml = Files.readString(descriptor);

        assertThat(xml).contains("name=\"alliance.modality.id\"").contains("value=\"${modalityId}\"")
                .contains("interface=\"org.alliance.spi.modality.Modality\"");
        assertThat("${modalityId}").matches(ID);
    }

    @Test
    void hasANameADescriptionAndACadence() {
        assertThat(modality.name()).isNotBlank();
        assertThat(modality.description()).isNotBlank();
        assertThat(modality.recommendedCadence()).isNotNull();
        assertThat(modality.terminationConsiderations()).isNotNull().allSatisfy(c -> assertThat(c).isNotBlank());
    }

    @Test
    void templateIdsAreUniqueWithinTheModality() {
        List<String> ids = modality.noteTemplates().stream().map(NoteTemplate::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches(ID));
    }

    @Test
    void everyTemplateHasARequiredField() {
        // Not a rule of the API, but a template whose fields are all optional can be signed empty.
        assertThat(modality.noteTemplates()).allSatisfy(template ->
                assertThat(template.fields()).as(template.id()).anyMatch(TemplateField::required));
    }

    @Test
    void measureIdsAreUniqueWithinTheModality() {
        List<String> ids = modality.outcomeMeasures().stream().map(OutcomeMeasure::id).toList();

        assertThat(ids).doesNotHaveDuplicates().allSatisfy(id -> assertThat(id).matches(ID));
    }

    @Test
    void everyPossibleTotalOfEveryMeasureFallsInExactlyOneBand() {
        for (OutcomeMeasure measure : modality.outcomeMeasures()) {
            IntStream.rangeClosed(0, measure.maxScore()).forEach(total ->
                    assertThat(measure.bands().stream().filter(band -> inBand(band, total)))
                            .as("bands of %s holding the total %d", measure.id(), total).hasSize(1));
        }
    }

    @Test
    void modalityAnswersAreConstant() {
        // Alliance reads them again on every use: they must not change between calls.
        assertThat(modality.noteTemplates()).isEqualTo(modality.noteTemplates());
        assertThat(modality.outcomeMeasures()).isEqualTo(modality.outcomeMeasures());
        assertThat(modality.recommendedCadence()).isEqualTo(modality.recommendedCadence());
    }

    private static boolean inBand(SeverityBand band, int total) {
        return band.min() <= total && total <= band.max();
    }
}
