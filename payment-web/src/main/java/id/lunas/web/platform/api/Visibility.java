package id.lunas.web.platform.api;

import id.lunas.domain.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.stream.Stream;

/** What the caller may see: a user who is only a collector sees only their own collections. */
@RequestScoped
public class Visibility {

    @Inject
    SecurityContext security;

    public boolean onlyOwn() {
        return security.isCallerInRole(Role.COLLECTOR_NAME) && Stream.of(Role.ADMIN, Role.FINANCE, Role.VIEWER,
                Role.INTEGRATION).noneMatch(role -> security.isCallerInRole(role.name()));
    }

    public String user() {
        return security.getCallerPrincipal().getName();
    }
}
