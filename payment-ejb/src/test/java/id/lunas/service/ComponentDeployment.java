package id.lunas.service;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Objects;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EJB module as a WAR micro-deployment for Payara Micro (which refuses EARs): the services,
 * the domain, the migrations and the libraries the EAR's lib/ would give them. The database is
 * whatever LUNAS_DB_* say, H2 in Micro's temporary folder otherwise.
 */
public final class ComponentDeployment {

    private ComponentDeployment() {
    }

    public static WebArchive war(String name) {
        File[] libraries = new File(System.getProperty("lunas.runtimeLibs")).listFiles();
        WebArchive war = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addPackages(true, "id.lunas")
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("id/lunas/domain/messages.properties")
                .addAsResource("id/lunas/domain/messages_id.properties")
                .addAsResource("META-INF/microprofile-config.properties")
                .addAsResource("META-INF/services/org.eclipse.microprofile.config.spi.ConfigSource")
                .addAsWebInfResource("META-INF/ejb-jar.xml", "ejb-jar.xml")
                .addAsWebInfResource("META-INF/beans.xml", "beans.xml")
                .addAsWebInfResource("META-INF/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("WEB-INF/glassfish-web.xml", "glassfish-web.xml")
                .addAsLibraries(Objects.requireNonNull(libraries, "run the build to copy the runtime libraries"))
                .addAsLibraries(jarOf(Assertions.class));
        for (String migration : migrations()) {
            war.addAsResource("db/migration/" + migration);
        }
        return war;
    }

    private static String[] migrations() {
        return Objects.requireNonNull(new File(System.getProperty("lunas.migrations")).list(),
                "lunas.migrations names the folder of the Flyway scripts");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
