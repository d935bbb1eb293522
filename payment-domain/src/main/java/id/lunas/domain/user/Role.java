package id.lunas.domain.user;

/** What a signed-in user may do. Role names are used as they are by the container's security. */
public enum Role {
    /** Users, configuration, everything. */
    ADMIN,
    /** Record, confirm, resolve, reject, cancel, allocate, run a giro scan. */
    FINANCE,
    /**
     * Everything FINANCE does, and month-end: closing the books and the backdating allowance. The
     * container maps this group to the FINANCE role as well, so a manager needs no second role.
     */
    FINANCE_MANAGER,
    /** Submit collections; read own collections and the customers and invoices needed to collect. */
    COLLECTOR,
    /** Read everything, change nothing. */
    VIEWER,
    /** The ERP: write customers, invoices and bank accounts; read payments. */
    INTEGRATION;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String FINANCE_NAME = "FINANCE";
    public static final String FINANCE_MANAGER_NAME = "FINANCE_MANAGER";
    public static final String COLLECTOR_NAME = "COLLECTOR";
    public static final String VIEWER_NAME = "VIEWER";
    public static final String INTEGRATION_NAME = "INTEGRATION";
}
