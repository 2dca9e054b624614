package org.alliance.modality.cbt.internal;

import static org.alliance.spi.modality.FieldType.CHOICE;
import static org.alliance.spi.modality.FieldType.DATE;
import static org.alliance.spi.modality.FieldType.NUMBER;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliance.spi.modality.NoteTemplate;
import org.junit.jupiter.api.Test;

class BehaviouralActivationTest {

    private final NoteTemplate activation = BehaviouralActivation.template();

    @Test
    void thePlanIsRequiredAndTheReviewIsLeftForTheNextSession() {
        assertThat(Fields.required(activation)).containsExactly("life-area", "value", "activity", "scheduled-on",
                "predicted-mastery", "predicted-pleasure", "obstacles");
        assertThat(activation.fields()).filteredOn(f -> f.id().equals("done") || f.id().startsWith("actual-"))
                .hasSize(3).noneMatch(f -> f.required());
    }

    @Test
    void theActivityComesFromALifeAreaAndIsScheduledOnADay() {
        assertThat(Fields.field(activation, "life-area").type()).isEqualTo(CHOICE);
        assertThat(Fields.field(activation, "life-area").options()).contains("Relationships and family",
                "Health and self-care");
        assertThat(Fields.field(activation, "scheduled-on").type()).isEqualTo(DATE);
    }

    @Test
    void masteryAndPleasureArePredictedAndThenRatedOnTheSameScale() {
        for (String id : new String[] {"predicted-mastery", "predicted-pleasure", "actual-mastery", "actual-pleasure"}) {
            assertThat(Fields.field(activation, id).type()).as(id).isEqualTo(NUMBER);
            assertThat(Fields.field(activation, id).label()).as(id).endsWith("(0-10)");
        }
    }

    @Test
    void whetherItWasDoneIsAChoice() {
        assertThat(Fields.field(activation, "done").options()).containsExactly("Yes, as planned", "Partly, or changed", "No");
    }
}
