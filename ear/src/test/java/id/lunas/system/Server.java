package id.lunas.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The Payara domain the system tests run against, administered as the build created it. */
final class Server {

    static final String DOMAIN = System.getProperty("lunas.domain", "lunas-it");
    static final int ADMIN_PORT = Integer.getInteger("lunas.adminPort", 18048);

    private Server() {
    }

    /** The file holding the generated admin password (AS_ADMIN_PASSWORD=...). */
    static Path adminPasswordFile() {
        return Path.of(System.getProperty("lunas.adminPasswordFile", "target/it-server/payara6/glassfish/domains/"
                + DOMAIN + ".admin-password"));
    }

    /** Runs an asadmin command against the domain with its admin credentials and returns its exit code. */
    static int asadmin(String... command) {
        List<String> line = new ArrayList<>(List.of(System.getProperty("lunas.asadmin"), "--interactive=false",
                "--port", Integer.toString(ADMIN_PORT), "--user", "admin", "--passwordfile",
                adminPasswordFile().toString()));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).inheritIO().start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("asadmin " + String.join(" ", command) + " did not finish in 3 minutes");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
