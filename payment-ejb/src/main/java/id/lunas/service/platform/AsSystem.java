package id.lunas.service.platform;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/**
 * Runs Lunas' own work (the migration's demo data, the first administrator, the daily giro scan)
 * as the principal {@code lunas} in the role ADMIN: that work has no caller, and every service
 * asks for a role. glassfish-application.xml maps the principal to the role and glassfish-ejb-jar.xml
 * names it as this bean's run-as identity. Only start-up and timer beans may use it (an
 * architecture test keeps it so).
 */
@Stateless
@RunAs("ADMIN")
public class AsSystem {

    /** Open to its callers, which have no identity of their own; the architecture test limits who they are. */
    @PermitAll
    public void run(Runnable work) {
        work.run();
    }
}
