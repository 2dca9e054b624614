package org.alliance.modality.cbt.internal;

import static org.alliance.spi.modality.FieldType.CHOICE;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.spi.modality.NoteTemplate;
import org.junit.jupiter.api.Test;

class SessionNoteTest {

    private final NoteTemplate session = SessionNote.template();

    @Test
    void followsTheStructureOfACbtSession() {
        assertThat(Fields.ids(session)).containsExactly("mood-check", "bridge", "agenda", "homework-review",
                "session-work", "new-homework", "client-feedback", "risk-check", "risk-details");
    }

    @Test
    void cannotBeSignedWithoutMoodAgendaWorkHomeworkAndARiskCheck() {
        assertThat(Fields.required(session)).containsExactly("mood-check", "agenda", "session-work", "new-homework",
                "risk-check");
    }

    @Test
    void theRiskCheckIsAChoiceThatTellsNoRiskFromRiskAndWhatWasDone() {
        assertThat(Fields.field(session, "risk-check").type()).isEqualTo(CHOICE);
        assertThat(Fields.field(session, "risk-check").options()).first().isEqualTo("No current risk indicated");
        assertThat(Fields.field(session, "risk-check").options()).anyMatch(o -> o.contains("safety plan"))
                .anyMatch(o -> o.contains("urgent action"));
    }
}
