package id.lunas.service.platform;

import id.lunas.domain.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import java.util.stream.Stream;

/** What the caller may see beyond what their roles let them call. */
@ApplicationScoped
public class Callers {

    @Inject
    SecurityContext security;

    /**
     * The caller's name when they are only a collector: they read the collections they submitted
     * and nobody else's. Empty for everyone who reads all payments.
     */
    public Optional<String> onlyOwnCollections() {
        boolean onlyCollector = security.isCallerInRole(Role.COLLECTOR_NAME) && Stream.of(Role.ADMIN, Role.FINANCE,
                Role.VIEWER, Role.INTEGRATION).noneMatch(role -> security.isCallerInRole(role.name()));
        return onlyCollector ? Optional.of(security.getCallerPrincipal().getName()) : Optional.empty();
    }
}
