package com.allaccessartist.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The v3.0 data model as the seed document states it ({@code seed/database-architecture-v3.md},
 * a copy of shared/seed kept with the tests): its tables, columns, inline constraints and every
 * index, parsed from the document's SQL so the schema is checked against the seed itself.
 */
record SeedSpecification(Map<String, SeedTable> tables, List<SeedIndex> indexes, List<String> policies) {

    record SeedColumn(String name, String type, boolean notNull, boolean unique, boolean primaryKey, boolean hasDefault,
                      String references, String onDelete, boolean hasCheck) {
    }

    record SeedTable(String name, Map<String, SeedColumn> columns, List<List<String>> tableUniques, String partitionKey) {
    }

    record SeedIndex(String name, String table, List<String> columns, boolean partial) {
    }

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\)( PARTITION BY RANGE \\((\\w+)\\))?;",
            Pattern.DOTALL);
    private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+([A-Z]+(?:\\(\\d+(?:,\\d+)?\\))?(?:\\[\\])?)(.*)$");
    private static final Pattern INLINE_INDEX = Pattern.compile("^\\s*INDEX (\\w+) \\(([^)]*)\\)");
    private static final Pattern TABLE_UNIQUE = Pattern.compile("^\\s*UNIQUE\\(([^)]*)\\)");
    private static final Pattern REFERENCES = Pattern.compile("REFERENCES (\\w+)\\((\\w+)\\)(?: ON DELETE (CASCADE|SET NULL|RESTRICT))?");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "CREATE INDEX CONCURRENTLY (\\w+) ON (\\w+)\\(([^)]*)\\)( WHERE [^;]*)?;");
    private static final Pattern POLICY = Pattern.compile("CREATE POLICY (\\w+) ON (\\w+)");

    static SeedSpecification load() throws IOException {
        try (InputStream in = SeedSpecification.class.getResourceAsStream("/seed/database-architecture-v3.md")) {
            if (in == null) {
                throw new IOException("seed document missing from test resources");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static SeedSpecification parse(String document) {
        Map<String, SeedTable> tables = new LinkedHashMap<>();
        List<SeedIndex> indexes = new ArrayList<>();
        Matcher table = TABLE.matcher(document);
        while (table.find()) {
            String name = table.group(1);
            if (name.startsWith("v3_")) {
                continue; // the migration-strategy section's placeholders
            }
            Map<String, SeedColumn> columns = new LinkedHashMap<>();
            List<List<String>> uniques = new ArrayList<>();
            for (String line : table.group(2).split("\\n")) {
                String code = line.replaceAll("--.*$", "").trim();
                if (code.isEmpty()) {
                    continue;
                }
                Matcher index = INLINE_INDEX.matcher(code);
                if (index.find()) {
                    indexes.add(new SeedIndex(index.group(1), name, columnList(index.group(2)), false));
                    continue;
                }
                Matcher unique = TABLE_UNIQUE.matcher(code);
                if (unique.find()) {
                    uniques.add(columnList(unique.group(1)));
                    continue;
                }
                Matcher column = COLUMN.matcher(code);
                if (column.find()) {
                    String rest = column.group(3);
                    Matcher ref = REFERENCES.matcher(rest);
                    boolean hasRef = ref.find();
                    columns.put(column.group(1), new SeedColumn(column.group(1), column.group(2), rest.contains("NOT NULL"),
                            rest.contains("UNIQUE"), rest.contains("PRIMARY KEY"), rest.contains("DEFAULT"),
                            hasRef ? ref.group(1) : null, hasRef ? (ref.group(3) == null ? "NO ACTION" : ref.group(3)) : null,
                            rest.contains("CHECK")));
                }
            }
            tables.put(name, new SeedTable(name, columns, uniques, table.group(4)));
        }
        Matcher create = CREATE_INDEX.matcher(document);
        while (create.find()) {
            indexes.add(new SeedIndex(create.group(1), create.group(2), columnList(create.group(3)), create.group(4) != null));
        }
        List<String> policies = new ArrayList<>();
        Matcher policy = POLICY.matcher(document);
        while (policy.find()) {
            policies.add(policy.group(1));
        }
        return new SeedSpecification(tables, indexes, policies);
    }

    private static List<String> columnList(String text) {
        List<String> columns = new ArrayList<>();
        for (String part : text.split(",")) {
            columns.add(part.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
        }
        return columns;
    }

    /** The type family of a seed column type, as LiveSchema names families. */
    static String family(String seedType) {
        String type = seedType.toUpperCase(Locale.ROOT);
        if (type.endsWith("[]")) {
            return "array";
        }
        if (type.startsWith("VARCHAR") || type.equals("TEXT")) {
            return "text";
        }
        if (type.startsWith("DECIMAL")) {
            return "numeric";
        }
        return switch (type) {
            case "UUID" -> "uuid";
            case "BOOLEAN" -> "boolean";
            case "TIMESTAMPTZ" -> "timestamptz";
            case "DATE" -> "date";
            case "INTEGER" -> "integer";
            case "BIGINT" -> "bigint";
            case "JSONB" -> "json";
            case "INET" -> "inet";
            default -> throw new IllegalArgumentException("Unknown seed type " + seedType);
        };
    }

    /** The length of a VARCHAR(n) seed type, or null. */
    static Integer length(String seedType) {
        Matcher m = Pattern.compile("VARCHAR\\((\\d+)\\)").matcher(seedType);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }
}
