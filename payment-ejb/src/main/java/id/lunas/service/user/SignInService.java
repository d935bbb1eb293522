package id.lunas.service.user;

import id.lunas.domain.user.UserAccount;
import id.lunas.service.platform.BusinessClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Checks a user name and password and remembers a success in the {@link CredentialCache} (which
 * callers ask first). Failures are counted per account, per client address and per both, and make
 * the next attempt wait ({@link id.lunas.domain.user.SignInThrottle}); each is recorded in its own
 * transaction, so it counts even though the sign-in is refused. An unknown or disabled user costs
 * the same PBKDF2 check as a wrong password, so the answer's timing does not tell which names exist.
 */
@Stateless
// signing in is what a caller without a role does: the password is the check
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInService {

    private static final Logger LOG = Logger.getLogger(SignInService.class.getName());

    @Inject
    UserAccounts accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    CredentialCache cache;

    @Inject
    SignInFailures failures;

    @Inject
    BusinessClock clock;

    private String unknownUserHash;

    @PostConstruct
    void init() {
        unknownUserHash = hashing.hash("no user has this password " + System.nanoTime());
    }

    public SignInResult verify(String username, String password, String address) {
        if (username == null || password == null) {
            return SignInResult.REFUSED;
        }
        Instant now = clock.now();
        Optional<Instant> wait = failures.waitUntil(username, address, now);
        if (wait.isPresent()) {
            LOG.warning(() -> "Sign-in of '" + username + "' from " + address + " refused without a check: too many "
                    + "failures, next attempt from " + wait.get());
            return SignInResult.throttled(wait.get());
        }
        Optional<UserAccount> found = accounts.find(username, LockModeType.NONE);
        boolean matches = hashing.matches(password, found.map(UserAccount::getPasswordHash).orElse(unknownUserHash));
        if (found.isEmpty() || !found.get().isEnabled() || !matches) {
            failures.failed(username, address, now);
            LOG.warning(() -> "Sign-in of '" + username + "' from " + address + " failed ("
                    + (found.isEmpty() ? "no such user" : !found.get().isEnabled() ? "disabled" : "wrong password") + ")");
            return SignInResult.REFUSED;
        }
        failures.succeeded(username, address);
        SignedIn signedIn = signedIn(found.get());
        cache.remember(username, password, signedIn, now);
        return SignInResult.accepted(signedIn);
    }

    /**
     * The account as it is now, for a session that signed in earlier: empty once the user is disabled
     * or gone. Read through {@link CredentialCache#current}, which forgets a user as soon as they change.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SignedIn> current(String username) {
        return accounts.find(username, LockModeType.NONE).filter(UserAccount::isEnabled).map(SignInService::signedIn);
    }

    private static SignedIn signedIn(UserAccount user) {
        return new SignedIn(user.getUsername(), Set.copyOf(user.getRoles()), user.getSecurityStamp());
    }
}
