package id.lunas.domain.audit;

/** What an administrator (or a finance manager, for month-end settings) changed. */
public enum AdministrationAction {
    USER_CREATED, ROLES_CHANGED, USER_DISABLED, USER_ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, SETTING_CHANGED, GIRO_MODE_SET
}
