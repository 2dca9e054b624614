package org.alliance.modality.psychodynamic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.alliance.spi.modality.FieldType;
import org.alliance.spi.modality.NoteTemplate;
import org.alliance.spi.modality.TemplateField;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every psychodynamic template must get right, whatever its content. */
class TemplatesTest {

    static Stream<NoteTemplate> templates() {
        return new PsychodynamicModality().noteTemplates().stream();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void hasATitleADescriptionAndOpensOnARequiredField(NoteTemplate template) {
        assertThat(template.title()).isNotBlank();
        assertThat(template.description()).isNotBlank();
        assertThat(Fields.required(template)).as("a template that can be signed empty documents nothing").isNotEmpty();
        assertThat(template.fields().get(0).required()).as("the editor opens on a field the note needs").isTrue();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyFieldHasAHintAndALabelOfItsOwn(NoteTemplate template) {
        assertThat(template.fields()).allSatisfy(f -> assertThat(f.help()).as(f.id()).isNotBlank());
        List<String> labels = template.fields().stream().map(TemplateField::label).toList();
        assertThat(labels).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void everyChoiceIsOptionalAndOffersAtLeastTwoDistinctAnswers(NoteTemplate template) {
        // A forced pick between categories would make the writer classify what the session did not show.
        assertThat(template.fields()).filteredOn(f -> f.type() == FieldType.CHOICE).allSatisfy(f -> {
            assertThat(f.required()).as(f.id()).isFalse();
            assertThat(f.options()).as(f.id()).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        });
    }
}
