package id.lunas.service.user;

import static id.lunas.domain.user.Role.ADMIN_NAME;
import static id.lunas.domain.user.Role.COLLECTOR_NAME;
import static id.lunas.domain.user.Role.FINANCE_NAME;
import static id.lunas.domain.user.Role.INTEGRATION_NAME;
import static id.lunas.domain.user.Role.VIEWER_NAME;

import id.lunas.domain.shared.ChangeContext;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.NotFoundException;
import id.lunas.domain.user.Role;
import id.lunas.domain.user.UserAccount;
import id.lunas.service.platform.Changes;
import id.lunas.service.platform.DuplicateException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Administers who may sign in: create, disable, enable, reset passwords, assign roles. */
@Stateless
@RolesAllowed(ADMIN_NAME)
public class UserAccountService {

    @PersistenceContext
    EntityManager em;

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    CredentialCache cache;

    @Inject
    Changes changes;

    @Inject
    SignInFailures failures;

    public UserView create(String username, String displayName, String password, Set<Role> roles) {
        return create(username, displayName, password, roles, changes.current());
    }

    /** For start-up: the first admin and the demo users are created by Lunas itself. */
    public UserView createBySystem(String username, String displayName, String password, Set<Role> roles) {
        return create(username, displayName, password, roles, changes.system("lunas"));
    }

    private UserView create(String username, String displayName, String password, Set<Role> roles,
                            ChangeContext change) {
        UserAccount.requireUsername(username);
        UserAccount.checkPassword("password", password);
        if (find(username) != null) {
            throw new DuplicateException("username", "user.duplicate", username);
        }
        UserAccount user = UserAccount.create(username, displayName, hashing.hash(password), roles, change);
        em.persist(user);
        em.persist(user.creation(change));
        return UserView.of(user);
    }

    public List<UserView> list() {
        return em.createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultStream().map(UserView::of).toList();
    }

    public long count() {
        return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
    }

    /** Signs the user out of their open sessions at their next request; never the last enabled administrator. */
    public UserView disable(String username) {
        long others = otherEnabledAdministrators(username);
        UserAccount user = require(username);
        em.persist(user.disable(others, changes.current()));
        cache.forget(username);
        return UserView.of(user);
    }

    public UserView enable(String username) {
        UserAccount user = require(username);
        em.persist(user.enable(changes.current()));
        cache.forget(username);
        failures.forgive(username);
        return UserView.of(user);
    }

    /** The new roles hold from the user's next request, also in open sessions; the last administrator keeps ADMIN. */
    public UserView assignRoles(String username, Set<Role> roles) {
        long others = otherEnabledAdministrators(username);
        UserAccount user = require(username);
        em.persist(user.assignRoles(roles, others, changes.current()));
        cache.forget(username);
        return UserView.of(user);
    }

    /** An administrator sets a new password; it also clears the account's failed sign-ins. */
    public UserView resetPassword(String username, String newPassword) {
        UserAccount.checkPassword("password", newPassword);
        UserAccount user = require(username);
        em.persist(user.changePassword(hashing.hash(newPassword), true, changes.current()));
        cache.forget(username);
        failures.forgive(username);
        return UserView.of(user);
    }

    /**
     * The enabled administrators besides this user, counted under a lock on every account: two
     * administrators disabling each other at once must not both succeed.
     */
    private long otherEnabledAdministrators(String username) {
        return em.createQuery("select u from UserAccount u order by u.id", UserAccount.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .filter(user -> !user.getUsername().equals(username) && user.isEnabledAdministrator())
                .count();
    }

    /** Users change their own password, proving they know the current one. */
    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
    public void changeOwnPassword(String currentPassword, String newPassword) {
        ChangeContext change = changes.current();
        UserAccount user = require(change.user());
        if (currentPassword == null || !hashing.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "user.currentPasswordWrong");
        }
        UserAccount.checkPassword("newPassword", newPassword);
        em.persist(user.changePassword(hashing.hash(newPassword), false, change));
        cache.forget(user.getUsername());
    }

    /** Remembers the signed-in user's back-office language, so it follows them to any browser. */
    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
    public void chooseLanguage(String code) {
        require(changes.current().user()).chooseLanguage(code);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
    public Optional<String> languageOf(String username) {
        return Optional.ofNullable(find(username)).map(UserAccount::getLanguage);
    }

    @RolesAllowed({ADMIN_NAME, FINANCE_NAME, VIEWER_NAME, INTEGRATION_NAME, COLLECTOR_NAME})
    public UserView me() {
        return UserView.of(require(changes.current().user()));
    }

    private UserAccount require(String username) {
        UserAccount user = find(username);
        if (user == null) {
            throw NotFoundException.of("user.notFound", username);
        }
        return user;
    }

    private UserAccount find(String username) {
        return accounts.find(username, LockModeType.NONE).orElse(null);
    }
}
