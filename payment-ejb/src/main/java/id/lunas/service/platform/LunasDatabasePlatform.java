package id.lunas.service.platform;

import org.eclipse.persistence.platform.database.MySQLPlatform;

/**
 * EclipseLink's MySQL platform (also for H2, which runs in MySQL mode), except that a new row's
 * id is read with {@code SELECT LAST_INSERT_ID()} instead of {@code Statement.getGeneratedKeys()}.
 * The EclipseLink inside Payara 6.2025.9 (4.0.1) never closes the statement whose generated keys
 * it read (eclipse-ee4j/eclipselink#2366, fixed in later 4.0 releases), and the MySQL driver keeps
 * every open statement of a pooled connection: four per recorded payment, until the heap was full.
 * Named by {@code eclipselink.target-database} in persistence.xml.
 */
public class LunasDatabasePlatform extends MySQLPlatform {

    private static final long serialVersionUID = 1L;

    public LunasDatabasePlatform() {
        setSupportsReturnGeneratedKeys(false);
    }
}
