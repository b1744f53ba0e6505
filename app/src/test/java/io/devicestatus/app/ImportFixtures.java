package io.devicestatus.app;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Items to import, and what an import left in the embedded database. */
final class ImportFixtures {

    static final String TENANT_A = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    static final String TENANT_B = "9188040d-6c67-4c5b-b112-36a304b66dad";
    static final String IOS_TYPE = "\"@odata.type\":\"#microsoft.graph.iosUpdateDeviceStatus\",";

    private ImportFixtures() {}

    /** An iOS update status of {@code device}, reported at {@code reported}, without {@code @odata.type}. */
    static String ios(String device, String installStatus, String reported) {
        return "{\"installStatus\":\"" + installStatus + "\",\"osVersion\":\"17.1\",\"deviceId\":\"" + device + "\","
                + "\"userId\":\"u-" + device + "\",\"deviceDisplayName\":\"iPad " + device + "\",\"userName\":\"User\","
                + "\"deviceModel\":\"iPad13,1\",\"complianceGracePeriodExpirationDateTime\":"
                + "\"2026-11-01T00:00:00.1234567+01:00\",\"status\":\"compliant\",\"lastReportedDateTime\":\""
                + reported + "\",\"userPrincipalName\":\"" + device + "@contoso.com\"}";
    }

    /** As {@link #ios}, with {@code @odata.type}. */
    static String typedIos(String device, String installStatus, String reported) {
        return "{" + IOS_TYPE + ios(device, installStatus, reported).substring(1);
    }

    /** {@code tenant device install_status} of every stored iOS update status, sorted. */
    static List<String> iosRows(Path dataDir) throws SQLException {
        return rows(
                dataDir,
                "SELECT tenant_id, device_id, install_status FROM ios_update_status"
                        + " ORDER BY tenant_id, device_id");
    }

    static List<String> rows(Path dataDir, String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (var connection = DriverManager.getConnection(Storage.h2Url(dataDir), "sa", "");
                var result = connection.createStatement().executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(result.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
