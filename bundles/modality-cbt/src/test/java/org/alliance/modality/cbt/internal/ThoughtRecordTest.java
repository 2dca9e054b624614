package org.alliance.modality.cbt.internal;

import static org.alliance.spi.modality.FieldType.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.spi.modality.NoteTemplate;
import org.junit.jupiter.api.Test;

class ThoughtRecordTest {

    private final NoteTemplate record = ThoughtRecord.template();

    @Test
    void followsTheSevenColumnsInOrder() {
        assertThat(Fields.ids(record)).containsSubsequence("situation", "emotions", "automatic-thoughts",
                "evidence-for", "evidence-against", "alternative-thought", "emotions-rerated", "outcome");
    }

    @Test
    void cannotBeSignedWithoutItsColumnsButMayStopBeforeAnOutcome() {
        assertThat(Fields.required(record)).containsExactly("situation", "emotions", "automatic-thoughts",
                "belief-rating", "evidence-for", "evidence-against", "alternative-thought", "emotions-rerated");
        assertThat(Fields.field(record, "outcome").required()).isFalse();
        assertThat(Fields.field(record, "thinking-traps").required()).isFalse();
    }

    @Test
    void beliefIsRatedAsAPercentageBeforeAndAfter() {
        assertThat(Fields.field(record, "belief-rating").type()).isEqualTo(NUMBER);
        assertThat(Fields.field(record, "belief-rating").label()).endsWith("(0-100 %)");
        assertThat(Fields.field(record, "belief-rerated").type()).isEqualTo(NUMBER);
        assertThat(Fields.field(record, "alternative-belief").type()).isEqualTo(NUMBER);
    }

    @Test
    void emotionsAreRatedWithTheirIntensity() {
        assertThat(Fields.field(record, "emotions").label()).contains("intensity (0-100)");
        assertThat(Fields.field(record, "emotions").help()).contains("anxious 80");
    }
}
