package id.lunas.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import org.junit.jupiter.api.Test;

/** The deployable is laid out as an operator and the platform expect. */
class EarContentIT {

    private static final Path EAR = Path.of(System.getProperty("lunas.ear", "target/lunas.ear"));

    @Test
    void theDomainAndTheMysqlDriverLiveInLibNextToTheEjbModuleAndTheWar() throws IOException {
        List<String> entries = entries(EAR);

        assertThat(entries).anyMatch(e -> e.matches("lib/[^/]*payment-domain-[^/]+\\.jar"))
                .anyMatch(e -> e.matches("lib/[^/]*mysql-connector-j-[^/]+\\.jar"))
                .contains("payment-ejb.jar", "payment-web.war", "META-INF/application.xml")
                .noneMatch(e -> e.startsWith("lib/") && (e.contains("primefaces") || e.contains("omnifaces")));
    }

    @Test
    void theWarCarriesTheFacesLibrariesButNoEjbOrDomainClasses() throws IOException {
        List<String> war;
        try (JarFile ear = new JarFile(EAR.toFile());
             JarInputStream in = new JarInputStream(ear.getInputStream(ear.getJarEntry("payment-web.war")))) {
            war = new java.util.ArrayList<>();
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                war.add(entry.getName());
            }
        }

        assertThat(war).anyMatch(e -> e.matches("WEB-INF/lib/primefaces-[^/]+\\.jar"))
                .anyMatch(e -> e.matches("WEB-INF/lib/omnifaces-[^/]+\\.jar"))
                .noneMatch(e -> e.contains("payment-ejb") || e.contains("payment-domain"))
                .noneMatch(e -> e.contains("id/lunas/domain/") || e.contains("id/lunas/service/"));
    }

    @Test
    void theBackOfficeMapsServerErrorsNotFoundAndExpiredViewsToItsOwnFriendlyPages() throws IOException {
        String webXml;
        try (JarFile ear = new JarFile(EAR.toFile());
             JarInputStream in = new JarInputStream(ear.getInputStream(ear.getJarEntry("payment-web.war")))) {
            JarEntry entry = in.getNextJarEntry();
            while (entry != null && !entry.getName().equals("WEB-INF/web.xml")) {
                entry = in.getNextJarEntry();
            }
            assertThat(entry).as("the WAR has a web.xml").isNotNull();
            webXml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("\\s+", "");
        }

        assertThat(webXml).contains("<error-code>500</error-code><location>/error/error.xhtml</location>",
                "<error-code>404</error-code><location>/error/not-found.xhtml</location>",
                "<exception-type>jakarta.faces.application.ViewExpiredException</exception-type>"
                        + "<location>/error/expired.xhtml</location>");
        Api.Reply page = Api.anonymous().get("/error/error.xhtml");
        assertThat(page.body()).contains("Something went wrong", "Nothing was changed")
                .doesNotContain("Caused by", "at jakarta.", "at com.sun.");
    }

    private static List<String> entries(Path archive) throws IOException {
        assertThat(Files.exists(archive)).as("the EAR is built before the system tests").isTrue();
        try (JarFile jar = new JarFile(archive.toFile())) {
            return jar.stream().map(JarEntry::getName).toList();
        }
    }
}
