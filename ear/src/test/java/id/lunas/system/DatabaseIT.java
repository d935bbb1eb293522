package id.lunas.system;

import static id.lunas.system.Api.get;
import static id.lunas.system.Api.json;
import static id.lunas.system.Api.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Where the data lives: MySQL when LUNAS_DB_* say so, else the embedded H2 file; and it survives a restart. */
class DatabaseIT {

    private static final String MYSQL_URL = System.getenv("LUNAS_DB_URL");

    @Test
    void theTablesAreInTheDatabaseTheEnvironmentNames() throws Exception {
        String code = Api.Erp.customer("TOKO DATABASE");
        if (MYSQL_URL != null) {
            try (Connection connection = DriverManager.getConnection(MYSQL_URL, System.getenv("LUNAS_DB_USER"),
                    System.getenv("LUNAS_DB_PASSWORD"))) {
                assertThat(tables(connection)).contains("customer", "customer_payment", "payment_allocation",
                        "payment_event", "invoice", "bank_account", "flyway_schema_history");
                try (var statement = connection.prepareStatement("SELECT name FROM customer WHERE code = ?")) {
                    statement.setString(1, code);
                    try (ResultSet row = statement.executeQuery()) {
                        assertThat(row.next()).isTrue();
                        assertThat(row.getString(1)).isEqualTo("TOKO DATABASE");
                    }
                }
            }
        } else {
            Path data = domainDirectory().resolve("data").resolve("lunas.mv.db");
            assertThat(data).exists();
            assertThat(Files.size(data)).isPositive();
        }
    }

    @Test
    void dataAddedBeforeARestartIsThereAfterIt() throws Exception {
        String code = Api.Erp.customer("TOKO SEBELUM RESTART");

        assertThat(Server.asadmin("restart-domain", Server.DOMAIN)).isZero();
        awaitReady();

        assertThat(get("/api/customers/" + code).object().getString("name")).isEqualTo("TOKO SEBELUM RESTART");
        assertThat(post("/api/customers", json("{'code':'" + code + "','name':'x'}")).status()).isEqualTo(409);
    }

    private static void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                if (get("/health/ready").status() == 200 && get("/api/bank-accounts").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYetListening) {
                // the listener is not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Lunas did not become ready within 180 s after the restart");
    }

    private static Path domainDirectory() {
        return Path.of(System.getProperty("lunas.serverLog")).getParent().getParent();
    }

    private static List<String> tables(Connection connection) throws Exception {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getTables(connection.getCatalog(), null, "%", new String[]{"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase());
            }
        }
        return names;
    }
}
