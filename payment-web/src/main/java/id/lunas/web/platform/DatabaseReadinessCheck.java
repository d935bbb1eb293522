package id.lunas.web.platform;

import id.lunas.service.platform.DatabaseHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Lunas is ready to serve only while its database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    DatabaseHealth database;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("lunas-database").status(database.answers()).build();
    }
}
