package org.alliance.core.internal.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.alliance.api.core.ModalityInfo;
import org.alliance.core.internal.modalities.TestModality;
import org.junit.jupiter.api.Test;

/** What GET /api/v1/modalities writes: the SPI records as the web app and other clients read them. */
class ModalityJsonTest {

    private final JsonProvider json = new JsonProvider();

    private JsonNode written() {
        TestModality cbt = new TestModality("Cognitive behavioural therapy");
        ModalityInfo info = new ModalityInfo("cbt", cbt.name(), cbt.description(), "org.example.cbt",
                cbt.recommendedCadence(), cbt.terminationConsiderations(), cbt.noteTemplates(), cbt.outcomeMeasures());
        return json.mapper().valueToTree(List.of(info)).get(0);
    }

    @Test
    void writesTheModalityWithItsCadence() {
        JsonNode cbt = written();

        assertThat(cbt.get("id").asText()).isEqualTo("cbt");
        assertThat(cbt.get("plugin").asText()).isEqualTo("org.example.cbt");
        assertThat(cbt.get("cadence").get("sessionMinutes").asInt()).isEqualTo(50);
        assertThat(cbt.get("cadence").get("courseLength").asText()).isEqualTo("12 to 20 sessions");
        assertThat(cbt.get("terminationConsiderations").get(0).asText()).isEqualTo("Review the relapse-prevention plan");
    }

    @Test
    void writesTemplateFieldsWithTheirKindAndOptions() {
        JsonNode template = written().get("noteTemplates").get(0);
        JsonNode situation = template.get("fields").get(0);
        JsonNode choice = template.get("fields").get(2);

        assertThat(template.get("id").asText()).isEqualTo("thought-record");
        assertThat(situation.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "label", "type", "required", "help", "options");
        assertThat(situation.get("type").asText()).isEqualTo("LONG_TEXT");
        assertThat(situation.get("required").asBoolean()).isTrue();
        assertThat(situation.get("help").asText()).isEqualTo("Where, when, who");
        assertThat(situation.get("options")).isEmpty();
        assertThat(choice.get("options")).extracting(JsonNode::asText).containsExactly("All-or-nothing", "Catastrophising");
    }

    @Test
    void writesMeasuresWithItemsOptionsBandsAndTheirMaximum() {
        JsonNode measure = written().get("outcomeMeasures").get(0);

        assertThat(measure.get("maxScore").asInt()).isEqualTo(4);
        assertThat(measure.get("instructions").asText()).isEqualTo("Over the last 2 weeks:");
        assertThat(measure.get("items").get(1).get("alertAtOrAbove").asInt()).isEqualTo(1);
        assertThat(measure.get("items").get(1).get("alert").asText()).isEqualTo("Ask about safety");
        assertThat(measure.get("options").get(2).get("label").asText()).isEqualTo("Most days");
        assertThat(measure.get("bands").get(1).get("min").asInt()).isEqualTo(2);
        assertThat(measure.get("bands").get(1).get("label").asText()).isEqualTo("Marked");
    }
}
