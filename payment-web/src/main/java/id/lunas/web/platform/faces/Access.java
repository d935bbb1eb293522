package id.lunas.web.platform.faces;

import id.lunas.domain.user.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * What the signed-in user's roles allow on the screens, so views show only the menus and actions a
 * role may use. It decides nothing: the services refuse what a role may not do (see {@link Actions}).
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

    /** Month-end: close the books, set the backdating allowance. */
    public boolean isFinanceManager() {
        return security.isCallerInRole(Role.FINANCE_MANAGER_NAME) || isAdmin();
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Role.ADMIN_NAME);
    }

    /** The back office's reading screens: everyone but collectors and integration clients. */
    public boolean isReader() {
        return isFinance() || security.isCallerInRole(Role.VIEWER_NAME);
    }
}
