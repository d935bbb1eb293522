package id.lunas.domain.user;

import id.lunas.domain.audit.AdministrationAction;
import id.lunas.domain.audit.AdministrationEvent;
import id.lunas.domain.shared.Audited;
import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.RuleViolationException;
import id.lunas.domain.shared.Texts;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Somebody who signs in to Lunas (a person or an integration client). Its security stamp moves with
 * every change to who may do what (password, roles, enabled), so signed-in sessions notice at their
 * next request. Guessing passwords is slowed down elsewhere ({@link SignInThrottle}), per client and
 * account, so nobody can lock an account by failing on purpose.
 */
@Entity
@Table(name = "user_account")
public class UserAccount extends Audited {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, unique = true, length = 50)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 500)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "security_stamp", nullable = false)
    private long securityStamp;

    @Column(name = "language", length = 8)
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {
    }

    public static UserAccount create(String username, String displayName, String passwordHash, Set<Role> roles,
                                     ChangeContext change) {
        UserAccount user = new UserAccount();
        user.username = requireUsername(username);
        user.displayName = Texts.required("displayName", displayName, 100);
        user.passwordHash = passwordHash;
        user.enabled = true;
        user.assign(roles);
        user.markCreated(change);
        return user;
    }

    /** Refuses passwords too short to resist guessing; call before hashing. */
    public static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(field, "user.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
    }

    public static String requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username", "user.usernameInvalid");
        }
        return username;
    }

    private void assign(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException("roles", "user.noRole");
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /**
     * New roles take effect at the user's next request, also in a session that is already open.
     * {@code otherEnabledAdministrators} counts the enabled administrators besides this user: the
     * last one cannot give up administering, or nobody could administer Lunas any more.
     */
    public AdministrationEvent assignRoles(Set<Role> newRoles, long otherEnabledAdministrators, ChangeContext change) {
        if (newRoles != null && !newRoles.contains(Role.ADMIN)) {
            keepAnAdministrator(otherEnabledAdministrators);
        }
        String before = rolesText();
        assign(newRoles);
        return changedAccess(change, AdministrationAction.ROLES_CHANGED, before, rolesText());
    }

    /** A new password set by an administrator ({@code reset}) or by the user, knowing the old one. */
    public AdministrationEvent changePassword(String newHash, boolean reset, ChangeContext change) {
        passwordHash = newHash;
        return changedAccess(change, reset ? AdministrationAction.PASSWORD_RESET : AdministrationAction.PASSWORD_CHANGED,
                null, null);
    }

    /** The record of this account's creation, for the administration history. */
    public AdministrationEvent creation(ChangeContext change) {
        return new AdministrationEvent(change, AdministrationAction.USER_CREATED, username, null, rolesText());
    }

    /** The back-office language the user chose: an ISO 639 code such as {@code id}. */
    public void chooseLanguage(String code) {
        if (code == null || !code.matches("[a-z]{2,3}")) {
            throw new InvalidInputException("language", "user.languageInvalid");
        }
        language = code;
    }

    /** Signs the user out of every open session at its next request. See {@link #assignRoles} for the count. */
    public AdministrationEvent disable(long otherEnabledAdministrators, ChangeContext change) {
        keepAnAdministrator(otherEnabledAdministrators);
        enabled = false;
        return changedAccess(change, AdministrationAction.USER_DISABLED, null, null);
    }

    public AdministrationEvent enable(ChangeContext change) {
        enabled = true;
        return changedAccess(change, AdministrationAction.USER_ENABLED, null, null);
    }

    public boolean isEnabledAdministrator() {
        return enabled && roles.contains(Role.ADMIN);
    }

    private void keepAnAdministrator(long otherEnabledAdministrators) {
        if (isEnabledAdministrator() && otherEnabledAdministrators < 1) {
            throw new RuleViolationException(null, "user.lastAdministrator", username);
        }
    }

    private AdministrationEvent changedAccess(ChangeContext change, AdministrationAction action, String before,
                                              String after) {
        securityStamp++;
        markUpdated(change);
        return new AdministrationEvent(change, action, username, before, after);
    }

    /** The roles as the history shows them: in the order of {@link Role}, comma-separated. */
    private String rolesText() {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getLanguage() {
        return language;
    }

    /** Moves whenever password, roles or enabled change; a session signed in under another stamp looks again. */
    public long getSecurityStamp() {
        return securityStamp;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
