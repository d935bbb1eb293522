package id.lunas.service.user;

import id.lunas.domain.user.Role;
import id.lunas.service.platform.AsSystem;
import id.lunas.service.platform.DatabaseMigration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * No built-in password in a production database: when nobody can sign in yet, the first admin is
 * created from LUNAS_ADMIN_PASSWORD, and on MySQL Lunas refuses to start without it. (The embedded
 * demo mode creates its demo users in DemoData, which runs first.)
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "DemoData"})
public class FirstAdmin {

    static final String USERNAME = "admin";

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @Inject
    @ConfigProperty(name = "lunas.admin.password")
    Optional<String> adminPassword;

    @Inject
    UserAccountService users;

    @Inject
    DatabaseMigration database;

    @Inject
    AsSystem asSystem;

    @PostConstruct
    void start() {
        asSystem.run(this::createWhenNobodyCanSignIn);
    }

    void createWhenNobodyCanSignIn() {
        if (users.count() > 0) {
            return;
        }
        if (adminPassword.filter(p -> !p.isBlank()).isPresent()) {
            users.createBySystem(USERNAME, "Administrator", adminPassword.get(), Set.of(Role.ADMIN));
            LOG.info("Created the first administrator 'admin' from LUNAS_ADMIN_PASSWORD");
        } else if (!database.isEmbedded()) {
            throw new IllegalStateException("Nobody can sign in to this database yet: set LUNAS_ADMIN_PASSWORD "
                    + "(at least 10 characters) to create the first administrator 'admin', then restart");
        } else {
            LOG.warning("Nobody can sign in: set LUNAS_ADMIN_PASSWORD to create the first administrator 'admin'");
        }
    }
}
