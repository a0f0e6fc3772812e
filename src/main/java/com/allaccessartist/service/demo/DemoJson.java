package com.allaccessartist.service.demo;

import java.util.Map;

/**
 * JSON text of the demo's JSON columns (addresses, streaming links): flat objects of strings.
 * Written by hand rather than with Jackson, whose first use costs over a second, which is most
 * of a small demo's load time.
 */
final class DemoJson {

    private DemoJson() {
    }

    /** A JSON object of {@code fields}, in their iteration order. */
    static String object(Map<String, String> fields) {
        StringBuilder json = new StringBuilder(64 * fields.size() + 2).append('{');
        for (Map.Entry<String, String> field : fields.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            string(json, field.getKey()).append(':');
            string(json, field.getValue());
        }
        return json.append('}').toString();
    }

    private static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
