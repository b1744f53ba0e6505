package io.devicestatus.app.spring;

import io.devicestatus.adapter.sql.SqlVendor;
import io.vavr.collection.List;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** Which {@link SqlVendor} a DataSource's database is, as the database names itself (JDBC's product name). */
final class SqlVendors {

    /** Product names as the drivers report them (the MariaDB driver says "MySQL" for a MySQL server). */
    private static final List<ProductName> PRODUCTS = List.of(
            new ProductName("postgresql", SqlVendor.POSTGRESQL),
            new ProductName("mariadb", SqlVendor.MARIADB),
            new ProductName("h2", SqlVendor.H2));

    private SqlVendors() {}

    /**
     * The vendor of {@code dataSource}'s database; opens one connection to ask.
     *
     * @throws IllegalStateException when the database is none the SQL adapter supports, or cannot be asked
     */
    static SqlVendor of(DataSource dataSource) {
        String product;
        String version;
        String url;
        try (var connection = dataSource.getConnection()) {
            var metaData = connection.getMetaData();
            product = metaData.getDatabaseProductName();
            version = metaData.getDatabaseProductVersion();
            url = metaData.getURL();
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "device-status could not ask the DataSource which database it is: " + e.getMessage(), e);
        }
        String name = product == null ? "" : product.toLowerCase(Locale.ROOT);
        return PRODUCTS.find(known -> name.equals(known.name()))
                .map(ProductName::vendor)
                .getOrElseThrow(() -> new IllegalStateException("device-status stores statuses in PostgreSQL, MariaDB"
                        + " or H2; the DataSource's database is " + product + " " + version + " (" + url + ")."
                        + " Point device-status at a supported database, or declare a StatusStore bean of your own."));
    }

    private record ProductName(String name, SqlVendor vendor) {}
}
