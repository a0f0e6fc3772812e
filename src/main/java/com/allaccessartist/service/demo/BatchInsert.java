package com.allaccessartist.service.demo;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * One table's JDBC batch: an INSERT of fixed columns, rows added with typed setters (typed
 * nulls too, so the PostgreSQL driver keeps one statement shape for the whole batch), sent by
 * {@link #flush()}.
 */
final class BatchInsert implements AutoCloseable {

    private final String table;
    private final Connection connection;
    private final SqlDialect dialect;
    private final PreparedStatement statement;
    private final int columns;
    private int parameter;
    private int pending;
    private long written;

    /**
     * @param jsonColumns columns of {@code columns} that hold JSON
     */
    BatchInsert(Connection connection, SqlDialect dialect, String table, List<String> columns, Set<String> jsonColumns)
            throws SQLException {
        this.table = table;
        this.connection = connection;
        this.dialect = dialect;
        this.columns = columns.size();
        String values = columns.stream().map(c -> jsonColumns.contains(c) ? dialect.jsonParameter() : "?")
                .collect(Collectors.joining(", "));
        this.statement = connection.prepareStatement(
                "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + values + ")");
    }

    String table() {
        return table;
    }

    /** Rows added and not yet sent. */
    int pending() {
        return pending;
    }

    /** Rows sent to the database so far. */
    long written() {
        return written;
    }

    BatchInsert uuid(UUID value) throws SQLException {
        if (value == null) {
            statement.setNull(next(), Types.OTHER);
        } else {
            statement.setObject(next(), value);
        }
        return this;
    }

    BatchInsert text(String value) throws SQLException {
        if (value == null) {
            statement.setNull(next(), Types.VARCHAR);
        } else {
            statement.setString(next(), value);
        }
        return this;
    }

    BatchInsert integer(Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(next(), Types.INTEGER);
        } else {
            statement.setInt(next(), value);
        }
        return this;
    }

    BatchInsert bigint(long value) throws SQLException {
        statement.setLong(next(), value);
        return this;
    }

    BatchInsert bool(boolean value) throws SQLException {
        statement.setBoolean(next(), value);
        return this;
    }

    BatchInsert decimal(BigDecimal value) throws SQLException {
        statement.setBigDecimal(next(), value);
        return this;
    }

    BatchInsert date(LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(next(), Types.DATE);
        } else {
            statement.setObject(next(), value);
        }
        return this;
    }

    BatchInsert timestamp(OffsetDateTime value) throws SQLException {
        if (value == null) {
            statement.setNull(next(), Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(next(), value);
        }
        return this;
    }

    BatchInsert textArray(List<String> values) throws SQLException {
        statement.setArray(next(), connection.createArrayOf(dialect.arrayElementType(), values.toArray()));
        return this;
    }

    /** JSON text (the column's parameter converts it). */
    BatchInsert json(String value) throws SQLException {
        return text(value);
    }

    /** Ends the row: every column must have been set. */
    void add() throws SQLException {
        if (parameter != columns) {
            throw new IllegalStateException(table + ": " + parameter + " of " + columns + " columns set");
        }
        statement.addBatch();
        parameter = 0;
        pending++;
    }

    /** Sends the pending rows; returns how many. */
    int flush() throws SQLException {
        if (pending == 0) {
            return 0;
        }
        statement.executeBatch();
        int sent = pending;
        written += sent;
        pending = 0;
        return sent;
    }

    private int next() {
        return ++parameter;
    }

    @Override
    public void close() throws SQLException {
        statement.close();
    }
}
