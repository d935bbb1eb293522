package id.lunas.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines Lunas' database and brings its schema up to date when the application deploys, before
 * any other start-up bean (they all depend on this one) touches it.
 */
@DataSourceDefinition(
        name = DatabaseMigration.DATA_SOURCE,
        className = "${MPCONFIG=lunas.db.datasource-class}",
        url = "${MPCONFIG=lunas.db.connection-url}",
        user = "${MPCONFIG=lunas.db.user}",
        password = "${MPCONFIG=lunas.db.password}",
        // Under REPEATABLE READ, InnoDB would answer an aggregate read after a row lock from an older
        // snapshot and let two payments take the same open amount of an invoice.
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigration {

    public static final String DATA_SOURCE = "java:app/jdbc/lunas";

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = DATA_SOURCE)
    private DataSource dataSource;

    private String databaseProduct;

    @PostConstruct
    void migrate() {
        // Inside an EAR Flyway must be given the class loader that sees db/migration in this module.
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        databaseProduct = productName();
        LOG.info(() -> databaseProduct + " database " + result.database + " schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    private String productName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("The database does not answer: " + e.getMessage(), e);
        }
    }

    /** The database product Flyway found, as the driver names it, e.g. "H2" or "MySQL". */
    public String databaseProduct() {
        return databaseProduct;
    }

    /** Whether this is the embedded H2 (development, the tests) rather than MySQL. */
    public boolean isEmbedded() {
        return databaseProduct().toUpperCase(Locale.ROOT).contains("H2");
    }
}
