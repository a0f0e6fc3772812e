package com.allaccessartist.persistence;

import com.allaccessartist.domain.AppException;
import com.allaccessartist.domain.Messages;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a database's refusal of a row (CHECK, UNIQUE, FOREIGN KEY, NOT NULL) into a sentence a
 * person understands. Every constraint of the schema is named, and
 * {@code constraint.<name>} in i18n/messages.properties says what the rule is.
 */
public final class ConstraintViolations {

    // H2 names the constraint (or, for unique keys, the index it created for it) in quotes
    private static final Pattern H2_NAME = Pattern.compile("\"(?:public\\.)?([a-z0-9_]+?)(?:_index_[0-9a-z]+)?[ :\"]",
            Pattern.CASE_INSENSITIVE);

    private ConstraintViolations() {
    }

    /** The name of the constraint a failed statement broke, if it was a constraint violation. */
    public static Optional<String> constraintName(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PSQLException psql) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                if (server != null && server.getConstraint() != null && isIntegrityState(psql.getSQLState())) {
                    return Optional.of(server.getConstraint().toLowerCase(Locale.ROOT));
                }
            } else if (t instanceof SQLException sql && isIntegrityState(sql.getSQLState()) && sql.getMessage() != null) {
                Matcher matcher = H2_NAME.matcher(sql.getMessage());
                if (matcher.find()) {
                    return Optional.of(matcher.group(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The person-readable error for a constraint violation, or empty if {@code failure} is not one.
     * Unknown constraint names still produce a message naming the rule.
     */
    public static Optional<AppException> translate(Throwable failure) {
        return constraintName(failure).map(name -> {
            String key = "constraint." + name;
            return Messages.has(key) ? new AppException(failure, key) : new AppException(failure, "constraint.unknown", name);
        });
    }

    private static boolean isIntegrityState(String state) {
        // 23xxx: integrity constraint violation (both vendors)
        return state != null && state.startsWith("23");
    }
}
