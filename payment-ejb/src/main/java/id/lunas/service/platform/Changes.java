package id.lunas.service.platform;

import id.lunas.domain.shared.ChangeContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/** Builds the {@link ChangeContext} of the current call: the caller's name and the business clock. */
@ApplicationScoped
public class Changes {

    static final String UNAUTHENTICATED = "anonymous";

    @Inject
    Principal principal;

    @Inject
    BusinessClock clock;

    public ChangeContext current() {
        return new ChangeContext(callerName(), clock.now(), clock.today());
    }

    public ChangeContext system(String process) {
        return new ChangeContext(process, clock.now(), clock.today());
    }

    private String callerName() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? UNAUTHENTICATED : name;
    }
}
