package id.lunas.platform;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives which JDBC DataSource class to use from the database URL, so an operator sets only
 * LUNAS_DB_URL, LUNAS_DB_USER and LUNAS_DB_PASSWORD to move from the embedded H2 to MySQL.
 * It reads the URL straight from the system properties and environment (the only places an
 * operator overrides it) because a config source cannot ask the Config it belongs to.
 */
public class DataSourceClassConfigSource implements ConfigSource {

    static final String KEY = "lunas.db.datasource-class";
    static final String MYSQL = "com.mysql.cj.jdbc.MysqlDataSource";
    static final String H2 = "org.h2.jdbcx.JdbcDataSource";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(KEY);
    }

    @Override
    public String getValue(String propertyName) {
        return KEY.equals(propertyName) ? dataSourceClassFor(configuredUrl()) : null;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(KEY, dataSourceClassFor(configuredUrl()));
    }

    @Override
    public String getName() {
        return "lunas-datasource-class";
    }

    /** Above microprofile-config.properties (100), below environment variables (300) and system properties (400). */
    @Override
    public int getOrdinal() {
        return 150;
    }

    static String dataSourceClassFor(String url) {
        if (url != null) {
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:")) {
                return MYSQL;
            }
        }
        return H2;
    }

    private static String configuredUrl() {
        String url = System.getProperty("lunas.db.url");
        return url != null ? url : System.getenv("LUNAS_DB_URL");
    }
}
