package id.lunas.service.platform;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the data source's settings from the database URL, so an operator sets only LUNAS_DB_URL,
 * LUNAS_DB_USER and LUNAS_DB_PASSWORD to move from the embedded H2 to MySQL: which JDBC DataSource
 * class to use, and for MySQL the driver settings Lunas is measured with (the operator's own URL
 * parameters win). It reads the URL straight from the system properties and environment (the only
 * places an operator overrides it) because a config source cannot ask the Config it belongs to;
 * for the embedded default, {@code lunas.db.connection-url} falls through to the defaults file.
 */
public class DatabaseConfigSource implements ConfigSource {

    static final String DATASOURCE_CLASS = "lunas.db.datasource-class";
    static final String CONNECTION_URL = "lunas.db.connection-url";
    static final String MYSQL = "com.mysql.cj.jdbc.MysqlDataSource";
    static final String H2 = "org.h2.jdbcx.JdbcDataSource";

    /**
     * The driver trusts its own record of autocommit and isolation instead of asking the server
     * each time the pool hands the connection out (one round trip per use otherwise) and sends
     * batches as multi-row statements.
     */
    static final List<String> MYSQL_DEFAULTS = List.of("useLocalSessionState=true",
            "rewriteBatchedStatements=true", "cacheServerConfiguration=true");

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(DATASOURCE_CLASS, CONNECTION_URL);
    }

    @Override
    public String getValue(String propertyName) {
        return getProperties().get(propertyName);
    }

    @Override
    public Map<String, String> getProperties() {
        String url = configuredUrl();
        Map<String, String> properties = new HashMap<>();
        properties.put(DATASOURCE_CLASS, dataSourceClassFor(url));
        if (isMysql(url)) {
            properties.put(CONNECTION_URL, connectionUrlFor(url));
        }
        return properties;
    }

    @Override
    public String getName() {
        return "lunas-database";
    }

    /** Above microprofile-config.properties (100), below environment variables (300) and system properties (400). */
    @Override
    public int getOrdinal() {
        return 150;
    }

    static String dataSourceClassFor(String url) {
        return isMysql(url) ? MYSQL : H2;
    }

    static String connectionUrlFor(String url) {
        StringBuilder withDefaults = new StringBuilder(url);
        String lower = url.toLowerCase(Locale.ROOT);
        for (String setting : MYSQL_DEFAULTS) {
            String name = setting.substring(0, setting.indexOf('=') + 1);
            if (!lower.contains(name.toLowerCase(Locale.ROOT))) {
                withDefaults.append(withDefaults.indexOf("?") < 0 ? '?' : '&').append(setting);
            }
        }
        return withDefaults.toString();
    }

    private static boolean isMysql(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:mysql:") || lower.startsWith("jdbc:mariadb:");
    }

    private static String configuredUrl() {
        String url = System.getProperty("lunas.db.url");
        return url != null ? url : System.getenv("LUNAS_DB_URL");
    }
}
