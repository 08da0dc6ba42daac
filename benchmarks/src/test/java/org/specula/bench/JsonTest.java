package org.specula.bench;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {
    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\u0001\\r\"\n", Json.write("a\"b\\c\nd\te\u0001\r"));
        assertEquals("\"caf\u00e9 \\u2028\"\n", Json.write("caf\u00e9 \u2028"));
    }

    @Test
    void writesNumbersBooleansNullAndNonFiniteAsNull() {
        assertEquals("[1, 2.5, 3.0, null, null, true, null]\n",
                Json.write(java.util.Arrays.asList(1, 2.5, 3.0, Double.NaN, Double.POSITIVE_INFINITY, true, null)));
    }

    @Test
    void writesNestedMapsInOrder() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("z", List.of());
        m.put("a", Map.of("k", "v"));
        m.put("list", List.of("x", "y"));
        assertEquals("{\n  \"z\": [],\n  \"a\": {\n    \"k\": \"v\"\n  },\n  \"list\": [\n    \"x\",\n    \"y\"\n  ]\n}\n",
                Json.write(m));
    }
}
