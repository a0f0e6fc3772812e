package com.allaccessartist.persistence.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.h2.tools.TriggerAdapter;

/** H2 form of the {@code set_updated_at()} trigger: {@code updated_at} = now, on every update. */
public class SetUpdatedAtTrigger extends TriggerAdapter {

    @Override
    public void fire(Connection connection, ResultSet oldRow, ResultSet newRow) throws SQLException {
        newRow.updateObject("updated_at", OffsetDateTime.now(ZoneOffset.UTC));
    }
}
