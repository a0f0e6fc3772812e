package com.allaccessartist.ui.connections;

import com.allaccessartist.domain.Messages;
import com.allaccessartist.persistence.ConnectionProfile;
import java.util.Arrays;
import java.util.List;

/**
 * One PostgreSQL SSL mode as the editor offers it: the mode and its translated explanation
 * ({@link #toString()}, so a plain combo box shows it).
 */
public record SslChoice(ConnectionProfile.SslMode mode, String label) {

    /** Every mode, in the order of increasing protection. */
    public static final List<SslChoice> ALL = Arrays.stream(ConnectionProfile.SslMode.values())
            .map(mode -> new SslChoice(mode, Messages.get("connection.sslMode." + mode.parameter())))
            .toList();

    public static SslChoice of(ConnectionProfile.SslMode mode) {
        return ALL.stream().filter(choice -> choice.mode() == mode).findFirst().orElseThrow();
    }

    @Override
    public String toString() {
        return label;
    }
}
