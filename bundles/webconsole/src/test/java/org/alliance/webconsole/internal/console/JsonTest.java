package org.alliance.webconsole.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesMapsListsAndScalars() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("ok", true);
        value.put("count", 2);
        value.put("names", List.of("a", "b"));
        value.put("details", null);

        assertThat(Json.write(value)).isEqualTo("{\"ok\":true,\"count\":2,\"names\":[\"a\",\"b\"],\"details\":null}");
    }

    @Test
    void escapesWhatWouldBreakTheStringOrAnEnclosingScript() {
        assertThat(Json.write("say \"hi\"\\\n\t</script>\u0001"))
                .isEqualTo("\"say \\\"hi\\\"\\\\\\n\\t\\u003c/script>\\u0001\"");
    }
}
