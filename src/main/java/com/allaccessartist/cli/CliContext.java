package com.allaccessartist.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;

/**
 * What every command gets from the outside world: the environment (for secrets named on the
 * command line, never passed as arguments), the output streams and the clock. Tests supply
 * their own.
 */
public record CliContext(Map<String, String> env, PrintWriter out, PrintWriter err, Clock clock) {

    /** The value of an environment variable, or null. */
    public String env(String name) {
        return env.get(name);
    }

    /**
     * A secret named on the command line by the environment variable holding it.
     *
     * @throws com.allaccessartist.domain.AppException if the variable is unset or empty
     */
    public char[] secret(String variable) {
        String value = env.get(variable);
        if (value == null || value.isEmpty()) {
            throw new com.allaccessartist.domain.AppException("cli.passwordVariableEmpty", variable);
        }
        return value.toCharArray();
    }
}
