package id.lunas.web.platform.faces;

import id.lunas.domain.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * What the signed-in user's roles allow on the screens. Views use it to hide menus and actions;
 * backing beans ask again before they call a service, because a hidden button is no protection.
 */
@Named
@RequestScoped
public class Access {

    @Inject
    SecurityContext security;

    /** Record, confirm, resolve, reject, cancel, allocate. */
    public boolean isFinance() {
        return security.isCallerInRole(Role.FINANCE_NAME) || isAdmin();
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    /** The back office's reading screens: everyone but collectors and integration clients. */
    public boolean isReader() {
        return isFinance() || security.isCallerInRole(Role.VIEWER_NAME);
    }

    /** Runs a change only when the user may make it; otherwise says so on the page. */
    public boolean allowsFinance() {
        return allowed(isFinance());
    }

    public boolean allowsAdmin() {
        return allowed(isAdmin());
    }

    private static boolean allowed(boolean allowed) {
        if (!allowed) {
            FieldMessages.refuse("refused.role");
        }
        return allowed;
    }
}
