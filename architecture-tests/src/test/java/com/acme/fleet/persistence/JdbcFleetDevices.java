package com.acme.fleet.persistence;

import com.acme.fleet.domain.FleetDevice;
import io.devicestatus.domain.common.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The platform's own persistence, outside the hexagon's packages: JDBC is fine here. */
public final class JdbcFleetDevices {
    private final DataSource dataSource;

    public JdbcFleetDevices(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<FleetDevice> of(TenantId tenant) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select name from fleet_device where tenant = ?")) {
            select.setString(1, tenant.toString());
            List<FleetDevice> devices = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    devices.add(new FleetDevice(tenant, rows.getString(1), Optional.empty()));
                }
            }
            return devices;
        }
    }
}
