package com.acme.fleet.adapter.jdbc;

import com.acme.fleet.application.port.out.EnrolmentRepository;
import com.acme.fleet.domain.Enrolment;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Enrolments in the platform's table {@code enrolment}, next to device-status's tables in the same schema. */
public final class JdbcEnrolmentRepository implements EnrolmentRepository {

    private final DataSource dataSource;

    public JdbcEnrolmentRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void save(Enrolment enrolment) {
        try (var connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "INSERT INTO enrolment (tenant_id, device_id, owner) VALUES (?, ?, ?)")) {
            insert.setObject(1, enrolment.tenant());
            insert.setString(2, enrolment.deviceId());
            insert.setString(3, enrolment.owner());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("saving the enrolment of " + enrolment.deviceId() + " failed", e);
        }
    }

    @Override
    public List<Enrolment> findAll(UUID tenant) {
        try (var connection = dataSource.getConnection();
                var select = connection.prepareStatement(
                        "SELECT device_id, owner FROM enrolment WHERE tenant_id = ? ORDER BY device_id")) {
            select.setObject(1, tenant);
            var enrolments = new ArrayList<Enrolment>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    enrolments.add(new Enrolment(tenant, rows.getString(1), rows.getString(2)));
                }
            }
            return List.copyOf(enrolments);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the enrolments of tenant " + tenant + " failed", e);
        }
    }
}
