package com.allaccessartist.persistence.schema;

import com.allaccessartist.persistence.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema of a live database, read through INFORMATION_SCHEMA (and pg_catalog / H2's index
 * views for indexes), in a vendor-neutral form that two vendors can be compared in.
 */
record LiveSchema(Map<String, Table> tables) {

    record Column(String name, String family, Integer length, Integer precision, Integer scale, boolean nullable,
                  boolean hasDefault) {
    }

    record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns, String deleteRule) {
    }

    record Index(List<String> columns, boolean partial) {
    }

    record Table(String name, Map<String, Column> columns, List<String> primaryKey, Map<String, List<String>> uniques,
                 Map<String, ForeignKey> foreignKeys, Set<String> checks, Map<String, Index> indexes) {
    }

    private static final Set<String> IGNORED_TABLES = Set.of("flyway_schema_history");

    static LiveSchema read(Connection connection, Vendor vendor) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        for (String name : tableNames(connection, vendor)) {
            tables.put(name, new Table(name, columns(connection, name), new ArrayList<>(), new TreeMap<>(), new TreeMap<>(),
                    new TreeSet<>(), new TreeMap<>()));
        }
        readConstraints(connection, tables);
        readIndexes(connection, vendor, tables);
        return new LiveSchema(tables);
    }

    private static List<String> tableNames(Connection connection, Vendor vendor) throws SQLException {
        String sql = vendor == Vendor.POSTGRESQL
                ? "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
        List<String> names = new ArrayList<>();
        for (Object[] row : query(connection, sql)) {
            String name = ((String) row[0]).toLowerCase(Locale.ROOT);
            if (!IGNORED_TABLES.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static Map<String, Column> columns(Connection connection, String table) throws SQLException {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (Object[] row : query(connection, "SELECT column_name, data_type, character_maximum_length, numeric_precision,"
                + " numeric_scale, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public'"
                + " AND table_name = ? ORDER BY ordinal_position", table)) {
            String name = lower(row[0]);
            String family = family(lower(row[1]));
            Integer length = family.equals("text") ? integer(row[2]) : null;
            Integer precision = family.equals("numeric") ? integer(row[3]) : null;
            Integer scale = family.equals("numeric") ? integer(row[4]) : null;
            columns.put(name, new Column(name, family, length, precision, scale, "YES".equalsIgnoreCase((String) row[5]),
                    row[6] != null));
        }
        return columns;
    }

    /** Type families both vendors agree on; INET has no H2 form and is stored as its bytes there. */
    static String family(String dataType) {
        return switch (dataType) {
            case "character varying", "text", "character large object", "varchar" -> "text";
            case "timestamp with time zone" -> "timestamptz";
            case "numeric", "decimal" -> "numeric";
            case "json", "jsonb" -> "json";
            case "array" -> "array";
            case "inet", "binary varying" -> "inet";
            case "bytea", "binary large object" -> "binary";
            default -> dataType;
        };
    }

    private static void readConstraints(Connection connection, Map<String, Table> tables) throws SQLException {
        // partitions repeat their parent's constraints under the same names: only the tables read count
        Map<String, List<String>> keyColumns = new LinkedHashMap<>();
        for (Object[] row : query(connection, "SELECT constraint_name, column_name, table_name FROM information_schema.key_column_usage"
                + " WHERE table_schema = 'public' ORDER BY constraint_name, ordinal_position")) {
            if (tables.containsKey(lower(row[2]))) {
                keyColumns.computeIfAbsent(lower(row[0]), k -> new ArrayList<>()).add(lower(row[1]));
            }
        }
        Map<String, String> constraintTable = new LinkedHashMap<>();
        for (Object[] row : query(connection, "SELECT constraint_name, table_name, constraint_type"
                + " FROM information_schema.table_constraints WHERE table_schema = 'public'")) {
            String name = lower(row[0]);
            String tableName = lower(row[1]);
            Table table = tables.get(tableName);
            if (table == null) {
                continue;
            }
            constraintTable.put(name, tableName);
            switch (((String) row[2]).toUpperCase(Locale.ROOT)) {
                case "PRIMARY KEY" -> table.primaryKey().addAll(keyColumns.getOrDefault(name, List.of()));
                case "UNIQUE" -> table.uniques().put(name, keyColumns.getOrDefault(name, List.of()));
                case "CHECK" -> {
                    if (!name.endsWith("_not_null")) {
                        table.checks().add(name);
                    }
                }
                default -> {
                }
            }
        }
        for (Object[] row : query(connection, "SELECT constraint_name, unique_constraint_name, delete_rule"
                + " FROM information_schema.referential_constraints WHERE constraint_schema = 'public'")) {
            String name = lower(row[0]);
            Table table = tables.get(constraintTable.get(name));
            if (table == null || table.foreignKeys().containsKey(name)) {
                continue;
            }
            String referenced = lower(row[1]);
            table.foreignKeys().put(name, new ForeignKey(keyColumns.getOrDefault(name, List.of()),
                    constraintTable.get(referenced), keyColumns.getOrDefault(referenced, List.of()),
                    ((String) row[2]).toUpperCase(Locale.ROOT)));
        }
    }

    private static final Pattern PG_INDEX = Pattern.compile("\\((.*?)\\)(?:\\s+WHERE\\s+(.*))?$");

    private static void readIndexes(Connection connection, Vendor vendor, Map<String, Table> tables) throws SQLException {
        if (vendor == Vendor.POSTGRESQL) {
            for (Object[] row : query(connection, "SELECT indexname, tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'"
                    + " AND indexname LIKE 'idx\\_%'")) {
                Table table = tables.get(lower(row[1]));
                if (table == null) {
                    continue;
                }
                Matcher matcher = PG_INDEX.matcher((String) row[2]);
                if (!matcher.find()) {
                    throw new IllegalStateException("Unreadable index definition: " + row[2]);
                }
                List<String> columns = new ArrayList<>();
                for (String part : matcher.group(1).split(",")) {
                    columns.add(part.trim().toLowerCase(Locale.ROOT));
                }
                table.indexes().put(lower(row[0]), new Index(columns, matcher.group(2) != null));
            }
            return;
        }
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> indexTable = new LinkedHashMap<>();
        for (Object[] row : query(connection, "SELECT index_name, table_name, column_name, ordering_specification"
                + " FROM information_schema.index_columns WHERE table_schema = 'public' AND index_name LIKE 'idx\\_%'"
                + " ORDER BY index_name, ordinal_position")) {
            String name = lower(row[0]);
            indexTable.put(name, lower(row[1]));
            String ordering = "DESC".equalsIgnoreCase((String) row[3]) ? " desc" : "";
            columns.computeIfAbsent(name, k -> new ArrayList<>()).add(lower(row[2]) + ordering);
        }
        columns.forEach((name, cols) -> {
            Table table = tables.get(indexTable.get(name));
            if (table != null) {
                table.indexes().put(name, new Index(cols, false));
            }
        });
    }

    private static List<Object[]> query(Connection connection, String sql, Object... args) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static String lower(Object value) {
        return value == null ? null : value.toString().toLowerCase(Locale.ROOT);
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
